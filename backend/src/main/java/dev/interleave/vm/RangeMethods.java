package dev.interleave.vm;

/** range and slice: constructors, methods and attributes. */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        PyType t = Builtins.RANGE;
        t.allocator(RangeMethods::newRange);
        Methods.getter(t, "start", (in, o) -> ((PyRange) o).startObject());
        Methods.getter(t, "stop", (in, o) -> ((PyRange) o).stopObject());
        Methods.getter(t, "step", (in, o) -> ((PyRange) o).stepObject());
        Methods.def(t, "count", (in, a, kw) -> {
            PyRange r = self(a, kw, "count");
            PyObject x = a[1];
            if (x instanceof PyInt i) {
                return PyInt.of(r.containsInt(i) ? 1 : 0);
            }
            long n = 0;
            PyIter it = r.iterator();
            for (PyObject v = it.next(in); v != null; v = it.next(in)) {
                if (Compare.eq(in, v, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(t, "index", (in, a, kw) -> {
            PyRange r = self(a, kw, "index");
            PyObject x = a[1];
            if (x instanceof PyInt i) {
                PyInt k = r.indexOf(i);
                if (k == null) {
                    throw PyErr.valueError(Ops.repr(in, x) + " is not in range");
                }
                return k;
            }
            PyIter it = r.iterator();
            long k = 0;
            for (PyObject v = it.next(in); v != null; v = it.next(in), k++) {
                if (Compare.eq(in, v, x)) {
                    return PyInt.of(k);
                }
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        });
        Methods.def(t, "__reversed__", (in, a, kw) -> ((PyRange) a[0]).reversedIterator());
        Methods.def(t, "__len__", (in, a, kw) -> PyInt.of(((PyRange) a[0]).length()));
        Methods.def(t, "__iter__", (in, a, kw) -> Ops.iter(in, a[0]));
        Methods.def(t, "__getitem__", (in, a, kw) -> Ops.getItem(in, a[0], a[1]));
        Methods.def(t, "__contains__", (in, a, kw) -> PyBool.of(Ops.contains(in, a[0], a[1])));
        CompareMethods.define(t, o -> o instanceof PyRange, o -> o instanceof PyRange, true);

        PyType s = Builtins.SLICE;
        s.allocator(RangeMethods::newSlice);
        Methods.getter(s, "start", (in, o) -> ((PySlice) o).start);
        Methods.getter(s, "stop", (in, o) -> ((PySlice) o).stop);
        Methods.getter(s, "step", (in, o) -> ((PySlice) o).step);
        Methods.def(s, "indices", (in, a, kw) -> {
            Args.noKeywords("indices", kw);
            if (a.length != 2) {
                throw PyErr.typeError("slice.indices() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return ((PySlice) a[0]).indicesTuple(in, a[1]);
        });
    }

    private static PyRange self(PyObject[] a, String[] kw, String name) {
        Args.noKeywords(name, kw);
        if (a.length != 2) {
            throw PyErr.typeError("range." + name + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return (PyRange) a[0];
    }

    private static PyObject newRange(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("range", kwnames);
        return switch (args.length) {
            case 0 -> throw PyErr.typeError("range expected at least 1 argument, got 0");
            case 1 -> PyRange.of(PyInt.of(0), Ops.indexObject(in, args[0]), PyInt.of(1));
            case 2 -> PyRange.of(Ops.indexObject(in, args[0]), Ops.indexObject(in, args[1]), PyInt.of(1));
            case 3 -> PyRange.of(Ops.indexObject(in, args[0]), Ops.indexObject(in, args[1]),
                    Ops.indexObject(in, args[2]));
            default -> throw PyErr.typeError("range expected at most 3 arguments, got " + args.length);
        };
    }

    private static PyObject newSlice(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("slice", kwnames);
        return switch (args.length) {
            case 0 -> throw PyErr.typeError("slice expected at least 1 argument, got 0");
            case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            default -> throw PyErr.typeError("slice expected at most 3 arguments, got " + args.length);
        };
    }
}
