package dev.interleave.vm;

/** tuple: the constructor, count and index (the sequence dunders are in {@link BuiltinDunders}). */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        PyType t = Builtins.TUPLE;
        t.allocator(TupleMethods::newTuple);
        Methods.def(t, "count", (in, a, kw) -> {
            Args.noKeywords("count", kw);
            if (a.length != 2) {
                throw PyErr.typeError("tuple.count() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            PyTuple self = self(a, "count");
            int n = 0;
            for (PyObject x : self.items) {
                if (x == a[1] || Compare.eq(in, x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(t, "index", (in, a, kw) -> {
            Args.noKeywords("index", kw);
            if (a.length < 2) {
                throw PyErr.typeError("index expected at least 1 argument, got " + (a.length - 1));
            }
            if (a.length > 4) {
                throw PyErr.typeError("index expected at most 3 arguments, got " + (a.length - 1));
            }
            PyTuple self = self(a, "index");
            int size = self.items.length;
            long start = a.length > 2 ? bound(in, a[2], size) : 0;
            long stop = a.length > 3 ? bound(in, a[3], size) : size;
            for (long i = Math.max(start, 0); i < Math.min(stop, size); i++) {
                PyObject x = self.items[(int) i];
                if (x == a[1] || Compare.eq(in, x, a[1])) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("tuple.index(x): x not in tuple");
        });
        CompareMethods.define(t, o -> o instanceof PyTuple, o -> o instanceof PyTuple, true);
    }

    private static PyTuple self(PyObject[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyTuple t) {
            return t;
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'tuple' objects doesn't apply to a '"
                + (a.length > 0 ? a[0].type().name() : "NoneType") + "' object");
    }

    /** A start/stop bound of index(): __index__, negative from the end, clamped. */
    static long bound(Interpreter in, PyObject o, int size) {
        if (!Ops.hasIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Ops.indexObject(in, o);
        long v = i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
        if (v < 0) {
            v += size;
            if (v < 0) {
                v = 0;
            }
        }
        return v;
    }

    /** tuple() and tuple(iterable); an instance of a subclass for a program-defined type. */
    private static PyObject newTuple(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("tuple", kwnames);
        if (args.length > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got " + args.length);
        }
        PyTuple v;
        if (args.length == 0) {
            v = PyTuple.EMPTY;
        } else if (args[0].getClass() == PyTuple.class) {
            v = (PyTuple) args[0];
        } else {
            v = PyTuple.of(Ops.toArray(in, args[0]));
        }
        return type == Builtins.TUPLE ? v : new PyTuple.Sub(type, v.items);
    }
}
