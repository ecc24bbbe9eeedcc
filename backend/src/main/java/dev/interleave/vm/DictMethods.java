package dev.interleave.vm;

/** The dict type: its allocator and methods (indexing, len, in and == are in Ops and Compare). */
public final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = Builtins.DICT;
        t.allocator(DictMethods::allocate);
        Methods.def(t, "__init__", (in, a, k) -> {
            PyDict d = self(a, "__init__");
            int npos = a.length - 1 - ClinicArgs.kwCount(k);
            if (npos > 1) {
                throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                updateFrom(in, d, a[1]);
            }
            putKeywords(in, d, a, k);
            return PyNone.NONE;
        });
        Methods.def(t, "keys", (in, a, k) -> view(a, k, "keys", PyDictView.Kind.KEYS));
        Methods.def(t, "values", (in, a, k) -> view(a, k, "values", PyDictView.Kind.VALUES));
        Methods.def(t, "items", (in, a, k) -> view(a, k, "items", PyDictView.Kind.ITEMS));
        Methods.def(t, "get", (in, a, k) -> {
            PyDict d = self(a, "get");
            ClinicArgs.positional("get", a, k, 1, 1, 2);
            PyObject v = d.get(in, a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        Methods.def(t, "setdefault", (in, a, k) -> {
            PyDict d = self(a, "setdefault");
            ClinicArgs.positional("setdefault", a, k, 1, 1, 2);
            PyObject v = d.get(in, a[1]);
            if (v != null) {
                return v;
            }
            PyObject dflt = a.length > 2 ? a[2] : PyNone.NONE;
            d.put(in, a[1], dflt);
            return dflt;
        });
        Methods.def(t, "pop", (in, a, k) -> {
            PyDict d = self(a, "pop");
            ClinicArgs.positional("pop", a, k, 1, 1, 2);
            PyObject v = d.remove(in, a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw PyErr.keyError(a[1]);
        });
        Methods.def(t, "popitem", (in, a, k) -> {
            PyDict d = self(a, "popitem");
            ClinicArgs.none("dict.popitem", a, k, 1);
            int e = d.prevEntry(Integer.MAX_VALUE);
            if (e < 0) {
                throw PyErr.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            PyObject key = d.keyAt(e);
            PyObject value = d.valueAt(e);
            d.remove(in, key);
            return PyTuple.of(key, value);
        });
        Methods.def(t, "update", (in, a, k) -> {
            PyDict d = self(a, "update");
            int npos = a.length - 1 - ClinicArgs.kwCount(k);
            ClinicArgs.count("update", npos, 0, 1);
            if (npos == 1) {
                updateFrom(in, d, a[1]);
            }
            putKeywords(in, d, a, k);
            return PyNone.NONE;
        });
        Methods.def(t, "copy", (in, a, k) -> {
            PyDict d = self(a, "copy");
            ClinicArgs.none("dict.copy", a, k, 1);
            return d.copy();
        });
        Methods.def(t, "clear", (in, a, k) -> {
            PyDict d = self(a, "clear");
            ClinicArgs.none("dict.clear", a, k, 1);
            d.clear();
            return PyNone.NONE;
        });
        Methods.def(t, "__reversed__", (in, a, k) -> {
            PyDict d = self(a, "__reversed__");
            ClinicArgs.none("dict.__reversed__", a, k, 1);
            return PyDictView.reversedKeyIterator(d);
        });
        PyBuiltinFunction fromkeys = Methods.fn("fromkeys", DictMethods::fromkeys);
        t.ownDict().put("fromkeys", new PyWrappedMethod(fromkeys, true));
    }

    private static PyDict self(PyObject[] args, String name) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method dict." + name + "() needs an argument");
        }
        if (args[0] instanceof PyDict d) {
            return d;
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'dict' objects doesn't apply to a '"
                + args[0].type().name() + "' object");
    }

    private static PyObject view(PyObject[] a, String[] k, String name, PyDictView.Kind kind) {
        PyDict d = self(a, name);
        ClinicArgs.none("dict." + name, a, k, 1);
        return new PyDictView(d, kind);
    }

    /** dict(), dict(mapping or iterable of pairs), with keywords. */
    private static PyObject allocate(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        if (type != Builtins.DICT) {
            return new PyDict(type);
        }
        int npos = args.length - ClinicArgs.kwCount(kwnames);
        if (npos > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
        }
        PyDict d = new PyDict();
        if (npos == 1) {
            updateFrom(in, d, args[0]);
        }
        putKeywords(in, d, args, kwnames);
        return d;
    }

    private static void putKeywords(Interpreter in, PyDict d, PyObject[] args, String[] kwnames) {
        int nkw = ClinicArgs.kwCount(kwnames);
        int base = args.length - nkw;
        for (int i = 0; i < nkw; i++) {
            d.putStr(kwnames[i], args[base + i]);
        }
    }

    /**
     * A dict whose entries can be copied directly (dict_merge's test): a dict, or an instance of
     * a subclass that does not override __iter__ (otherwise keys() and __getitem__ are used).
     */
    static boolean directMerge(PyObject o) {
        return o instanceof PyDict d && (d.subtype == null || Ops.override(o, "__iter__") == null);
    }

    /** dict_update_arg: a dict, anything with keys(), or an iterable of key/value pairs. */
    public static void updateFrom(Interpreter in, PyDict d, PyObject arg) {
        if (directMerge(arg)) {
            PyDict other = (PyDict) arg;
            if (other != d) {
                d.update(in, other);
            }
            return;
        }
        if (Attr.hasAttr(in, arg, "keys")) {
            PyObject keys = in.callMethod(arg, "keys");
            PyObject it = Ops.iter(in, keys);
            for (PyObject key = Ops.next(in, it); key != null; key = Ops.next(in, it)) {
                d.put(in, key, Ops.getItem(in, arg, key));
            }
            return;
        }
        PyObject it = Ops.iter(in, arg);
        int i = 0;
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it), i++) {
            PyObject[] pair;
            if (item instanceof PyTuple t) {
                pair = t.items;
            } else if (item instanceof PyList l) {
                pair = l.toArray();
            } else {
                try {
                    pair = Ops.toArray(in, item);
                } catch (PyException e) {
                    if (e.exc.isInstance(Builtins.TYPE_ERROR)) {
                        throw PyErr.typeError("cannot convert dictionary update sequence element #" + i
                                + " to a sequence");
                    }
                    throw e;
                }
            }
            if (pair.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + pair.length
                        + "; 2 is required");
            }
            d.put(in, pair[0], pair[1]);
        }
    }

    /** a | b for dicts: a new dict, or NotImplemented when b is not a dict. */
    public static PyObject merged(Interpreter in, PyDict a, PyObject b) {
        if (!(b instanceof PyDict bd)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        PyDict r = a.copy();
        r.update(in, bd);
        return r;
    }

    /** dict.fromkeys(iterable, value=None), called with the class as first argument. */
    private static PyObject fromkeys(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("fromkeys", a, k, 1, 1, 2);
        PyObject cls = a[0];
        PyObject value = a.length > 2 ? a[2] : PyNone.NONE;
        if (cls == Builtins.DICT) {
            PyDict d = new PyDict();
            if (a[1] instanceof PyDict src) {
                for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                    d.put(in, src.keyAt(e), value);
                }
                return d;
            }
            PyObject it = Ops.iter(in, a[1]);
            for (PyObject key = Ops.next(in, it); key != null; key = Ops.next(in, it)) {
                d.put(in, key, value);
            }
            return d;
        }
        PyObject d = in.call(cls);
        PyObject it = Ops.iter(in, a[1]);
        for (PyObject key = Ops.next(in, it); key != null; key = Ops.next(in, it)) {
            Ops.setItem(in, d, key, value);
        }
        return d;
    }
}
