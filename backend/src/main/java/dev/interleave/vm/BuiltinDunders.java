package dev.interleave.vm;

import java.util.Arrays;

/**
 * The special methods of int, float, str, tuple, list, dict, set and frozenset that programs
 * call directly ({@code list.__getitem__(x, 0)}, {@code super().__len__()} in a subclass), and
 * their {@code __new__}. Each runs the type's own behaviour (the protocols' native parts), never
 * a subclass's override, so an override may call the base's method without recursing.
 */
final class BuiltinDunders {
    private BuiltinDunders() {}

    static void install() {
        for (PyType t : new PyType[] {Builtins.INT, Builtins.FLOAT, Builtins.STR, Builtins.TUPLE, Builtins.LIST,
            Builtins.DICT, Builtins.SET, Builtins.FROZENSET}) {
            Methods.value(t, "__new__", newMethod(t));
            Methods.def(t, "__repr__", (in, a, k) -> {
                PyObject self = self(t, "__repr__", a, k, 0);
                return PyStr.of(Repr.nativeRepr(in, self));
            });
        }
        for (PyType t : new PyType[] {Builtins.STR, Builtins.TUPLE, Builtins.LIST, Builtins.DICT}) {
            boolean methodStyle = t == Builtins.LIST || t == Builtins.DICT;
            Methods.def(t, "__getitem__", (in, a, k) -> {
                PyObject self = methodStyle ? method(t, "__getitem__", a, k) : self(t, "__getitem__", a, k, 1);
                return Items.nativeGetItem(in, self, a[1]);
            });
            Methods.def(t, "__len__", (in, a, k) -> PyInt.of(Ops.nativeLength(in, self(t, "__len__", a, k, 0))));
            Methods.def(t, "__iter__", (in, a, k) -> Ops.nativeIter(in, self(t, "__iter__", a, k, 0)));
            Methods.def(t, "__contains__", (in, a, k) -> {
                PyObject self = t == Builtins.DICT ? method(t, "__contains__", a, k)
                        : self(t, "__contains__", a, k, 1);
                return PyBool.of(Ops.nativeContains(in, self, a[1]));
            });
        }
        for (PyType t : new PyType[] {Builtins.LIST, Builtins.DICT}) {
            Methods.def(t, "__setitem__", (in, a, k) -> {
                Items.nativeSetItem(in, self(t, "__setitem__", a, k, 2), a[1], a[2]);
                return PyNone.NONE;
            });
            Methods.def(t, "__delitem__", (in, a, k) -> {
                Items.nativeDelItem(in, self(t, "__delitem__", a, k, 1), a[1]);
                return PyNone.NONE;
            });
        }
        listOperators();
        CompareMethods.define(Builtins.STR, o -> o instanceof PyStr, o -> o instanceof PyStr, true);
        CompareMethods.define(Builtins.LIST, o -> o instanceof PyList, o -> o instanceof PyList, false);
        CompareMethods.define(Builtins.DICT, o -> o instanceof PyDict, o -> o instanceof PyDict, false);
        for (PyType t : new PyType[] {Builtins.SET, Builtins.FROZENSET}) {
            CompareMethods.define(t, o -> o instanceof PySet, o -> o instanceof PySet, t == Builtins.FROZENSET);
        }
        for (PyType t : new PyType[] {Builtins.LIST, Builtins.DICT, Builtins.SET}) {
            Methods.value(t, "__hash__", PyNone.NONE);
        }
        Methods.def(Builtins.STR, "__str__", (in, a, k) -> ((PyStr) self(Builtins.STR, "__str__", a, k, 0)).exact());
        for (PyType t : new PyType[] {Builtins.INT, Builtins.FLOAT}) {
            Methods.def(t, "__format__", (in, a, k) -> {
                PyObject spec = ClinicArgs.one(t.name() + ".__format__", a, k, 1);
                if (!(spec instanceof PyStr s)) {
                    throw PyErr.typeError("__format__() argument must be str, not " + ClinicArgs.argType(spec));
                }
                return PyStr.of(Formatter.format(in, a[0], s.value));
            });
        }
    }

    /**
     * list's + and * as methods ({@code __add__}, {@code __iadd__}, {@code __mul__},
     * {@code __imul__}, {@code __rmul__}) and {@code __reversed__}: a manager's list proxy calls
     * them by name.
     */
    private static void listOperators() {
        PyType t = Builtins.LIST;
        for (String name : new String[] {"__add__", "__iadd__"}) {
            boolean inplace = name.equals("__iadd__");
            Methods.def(t, name, (in, a, k) -> SeqOps.sequenceFallback(in, Arith.ADD, inplace,
                    self(t, name, a, k, 1), a[1]));
        }
        for (String name : new String[] {"__mul__", "__imul__", "__rmul__"}) {
            boolean inplace = name.equals("__imul__");
            Methods.def(t, name, (in, a, k) -> {
                PyObject self = self(t, name, a, k, 1);
                ClinicArgs.ssize(in, a[1]); // the count must be an index
                return SeqOps.repeat(in, self, a[1], inplace);
            });
        }
        Methods.def(t, "__reversed__", (in, a, k) -> new Iterators.ListReverseIter((PyList) self(t, "__reversed__", a, k, 0)));
    }

    /** T.__new__(cls, *args): an instance of cls (T or a subclass of it), built by T's allocator. */
    private static PyObject newMethod(PyType t) {
        String q = t.name() + ".__new__";
        return new PyWrappedMethod(Methods.fn("__new__", (in, a, k) -> {
            if (a.length - ClinicArgs.kwCount(k) == 0) {
                throw PyErr.typeError(q + "(): not enough arguments");
            }
            if (!(a[0] instanceof PyType cls)) {
                throw PyErr.typeError(q + "(X): X is not a type object (" + a[0].type().name() + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw PyErr.typeError(q + "(" + cls.name() + "): " + cls.name() + " is not a subtype of " + t.name());
            }
            return cls.allocator().allocate(in, cls, Arrays.copyOfRange(a, 1, a.length), k);
        }), false);
    }

    /**
     * The instance a slot wrapper (list.__len__ & co.) applies to, after CPython's checks:
     * "expected 1 argument, got 0" (the __setitem__ form starts with a space, as CPython's does).
     */
    private static PyObject self(PyType t, String name, PyObject[] a, String[] k, int n) {
        wrapperArgs(name, a, k, n);
        checkSelf(t, name, a[0]);
        return a[0];
    }

    /**
     * The argument checks of a slot wrapper (self and {@code n} more): "expected 1 argument, got 0";
     * the two-argument form starts with a space, as CPython's does.
     */
    static void wrapperArgs(String name, PyObject[] a, String[] k, int n) {
        if (ClinicArgs.kwCount(k) > 0) {
            throw PyErr.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw PyErr.typeError("descriptor '" + name + "' needs an argument");
        }
        if (a.length - 1 != n) {
            throw PyErr.typeError((n == 2 ? " " : "") + "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                    + (a.length - 1));
        }
    }

    /** A METH_O method (list.__getitem__, dict.__contains__): "list.__getitem__() takes exactly one argument". */
    private static PyObject method(PyType t, String name, PyObject[] a, String[] k) {
        ClinicArgs.one(t.name() + "." + name, a, k, 1);
        checkSelf(t, name, a[0]);
        return a[0];
    }

    private static void checkSelf(PyType t, String name, PyObject self) {
        if (!self.type().isSubtypeOf(t)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                    + self.type().name() + "' object");
        }
    }
}
