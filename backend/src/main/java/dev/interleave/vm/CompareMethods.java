package dev.interleave.vm;

/**
 * The rich comparison and hash methods of builtin types (int.__lt__, tuple.__eq__, ...), for
 * code that calls them directly: they return NotImplemented for operands of other types, as
 * CPython's do. They are the types' own behaviour: a subclass's overrides are not consulted, so
 * {@code super().__eq__(other)} in an override does not recurse.
 */
final class CompareMethods {
    private CompareMethods() {}

    /** Which operands a type's comparisons accept. */
    @FunctionalInterface
    interface Accepts {
        boolean test(PyObject o);
    }

    private static final String[] NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** Defines __lt__ .. __ge__ on {@code t} and, when {@code hashable}, __hash__. */
    static void define(PyType t, Accepts self, Accepts other, boolean hashable) {
        for (int op = 0; op < NAMES.length; op++) {
            int o = op;
            String name = NAMES[op];
            Methods.def(t, name, (in, a, kw) -> {
                Args.noKeywords(name, kw);
                if (a.length != 2) {
                    throw PyErr.typeError("expected 1 argument, got " + (a.length - 1));
                }
                if (!self.test(a[0])) {
                    throw PyErr.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                            + a[0].type().name() + "' object");
                }
                if (!other.test(a[1])) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                PyObject r = Compare.nativeRich(in, a[0], a[1], o);
                return r == null ? PyNone.NOT_IMPLEMENTED : r;
            });
        }
        if (hashable) {
            Methods.def(t, "__hash__", (in, a, kw) -> {
                if (a.length != 1) {
                    throw PyErr.typeError("expected 0 arguments, got " + (a.length - 1));
                }
                return PyInt.of(Hashing.builtinHash(in, a[0]));
            });
        }
    }
}
