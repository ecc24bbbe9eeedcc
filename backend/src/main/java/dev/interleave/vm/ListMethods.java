package dev.interleave.vm;

/** The list type: its allocator and methods (indexing, len and operators are in Ops and Arith). */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        PyType t = Builtins.LIST;
        t.allocator(ListMethods::allocate);
        Methods.def(t, "__init__", (in, a, k) -> {
            PyList l = self(a, "__init__");
            checkInitArgs(a, k, 1);
            PyObject[] items = a.length > 1 ? fromIterable(in, a[1]).toArray() : new PyObject[0];
            l.clear();
            for (PyObject x : items) {
                l.append(x);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "append", (in, a, k) -> {
            PyList l = self(a, "append");
            l.append(ClinicArgs.one("list.append", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(t, "extend", (in, a, k) -> {
            PyList l = self(a, "extend");
            extend(in, l, ClinicArgs.one("list.extend", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(t, "insert", (in, a, k) -> {
            PyList l = self(a, "insert");
            ClinicArgs.positional("insert", a, k, 1, 2, 2);
            long i = ClinicArgs.ssize(in, a[1]);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            l.insert((int) i, a[2]);
            return PyNone.NONE;
        });
        Methods.def(t, "pop", (in, a, k) -> {
            PyList l = self(a, "pop");
            ClinicArgs.positional("pop", a, k, 1, 0, 1);
            long i = a.length > 1 ? ClinicArgs.ssize(in, a[1]) : -1;
            int n = l.size();
            if (n == 0) {
                throw PyErr.indexError("pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErr.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        Methods.def(t, "remove", (in, a, k) -> {
            PyList l = self(a, "remove");
            PyObject x = ClinicArgs.one("list.remove", a, k, 1);
            for (int i = 0; i < l.size(); i++) {
                PyObject item = l.get(i);
                if (item == x || Compare.eq(in, item, x)) {
                    if (i < l.size()) {
                        l.remove(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("list.remove(x): x not in list");
        });
        Methods.def(t, "index", (in, a, k) -> {
            PyList l = self(a, "index");
            ClinicArgs.positional("index", a, k, 1, 1, 3);
            PyObject x = a[1];
            long start = a.length > 2 ? ClinicArgs.sliceBound(in, a[2], 0, false) : 0;
            long stop = a.length > 3 ? ClinicArgs.sliceBound(in, a[3], Long.MAX_VALUE, false) : Long.MAX_VALUE;
            if (start < 0) {
                start = Math.max(0, start + l.size());
            }
            if (stop < 0) {
                stop = Math.max(0, stop + l.size());
            }
            for (long i = start; i < stop && i < l.size(); i++) {
                PyObject item = l.get((int) i);
                if (item == x || Compare.eq(in, item, x)) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError(Ops.repr(in, x) + " is not in list");
        });
        Methods.def(t, "count", (in, a, k) -> {
            PyList l = self(a, "count");
            PyObject x = ClinicArgs.one("list.count", a, k, 1);
            long n = 0;
            for (int i = 0; i < l.size(); i++) {
                PyObject item = l.get(i);
                if (item == x || Compare.eq(in, item, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(t, "reverse", (in, a, k) -> {
            PyList l = self(a, "reverse");
            ClinicArgs.none("list.reverse", a, k, 1);
            PyObject[] items = l.rawItems();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                PyObject x = items[i];
                items[i] = items[j];
                items[j] = x;
            }
            return PyNone.NONE;
        });
        Methods.def(t, "copy", (in, a, k) -> {
            PyList l = self(a, "copy");
            ClinicArgs.none("list.copy", a, k, 1);
            return new PyList(l.toArray(), l.size());
        });
        Methods.def(t, "clear", (in, a, k) -> {
            PyList l = self(a, "clear");
            ClinicArgs.none("list.clear", a, k, 1);
            l.clear();
            return PyNone.NONE;
        });
        Methods.def(t, "sort", (in, a, k) -> {
            PyList l = self(a, "sort");
            if (a.length - ClinicArgs.kwCount(k) > 1) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            PyObject[] p = Args.parse("sort", a, k, 1, new String[] {"key", "reverse"}, 0);
            ListSort.sort(in, l, p[0], p[1] != null && Ops.truthy(in, p[1]));
            return PyNone.NONE;
        });
    }

    private static PyList self(PyObject[] args, String name) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method list." + name + "() needs an argument");
        }
        if (args[0] instanceof PyList l) {
            return l;
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'list' objects doesn't apply to a '"
                + args[0].type().name() + "' object");
    }

    /** list() and list(iterable); a subclass gets an empty list that its __init__ fills. */
    private static PyObject allocate(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        if (type != Builtins.LIST) {
            return new PyList(type);
        }
        checkInitArgs(args, kwnames, 0);
        return args.length == 0 ? new PyList() : fromIterable(in, args[0]);
    }

    private static void checkInitArgs(PyObject[] args, String[] kwnames, int skip) {
        if (ClinicArgs.kwCount(kwnames) > 0) {
            throw PyErr.typeError("list() takes no keyword arguments");
        }
        if (args.length - skip > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got " + (args.length - skip));
        }
    }

    /** A new list of the items of an iterable. */
    static PyList fromIterable(Interpreter in, PyObject iterable) {
        if (iterable instanceof PyList l && l.subtype == null) {
            return new PyList(l.toArray(), l.size());
        }
        if (iterable.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) iterable;
            return new PyList(t.items.clone(), t.items.length);
        }
        PyObject[] items = Ops.toArray(in, iterable);
        return new PyList(items, items.length);
    }

    static void extend(Interpreter in, PyList l, PyObject iterable) {
        if (iterable instanceof PyList pl && pl.subtype == null || iterable.getClass() == PyTuple.class) {
            PyObject[] items = iterable instanceof PyList src ? src.toArray() : ((PyTuple) iterable).items;
            for (PyObject x : items) {
                l.append(x);
            }
            return;
        }
        PyObject it = Ops.iter(in, iterable);
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            l.append(x);
        }
    }
}
