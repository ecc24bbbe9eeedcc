package dev.interleave.vm;

/**
 * The set and frozenset types: allocators and methods. The static set operations
 * ({@link #union}, {@link #intersection}, ...) also serve the |, &, - and ^ operators.
 */
public final class SetMethods {
    private SetMethods() {}

    static void install() {
        Builtins.SET.allocator((in, type, args, kw) -> type == Builtins.SET ? allocate(in, args, kw, false)
                : new PySet(false));
        Builtins.FROZENSET.allocator((in, type, args, kw) -> allocate(in, args, kw, true));
        for (PyType t : new PyType[] {Builtins.SET, Builtins.FROZENSET}) {
            installShared(t);
        }
        installMutators(Builtins.SET);
    }

    private static PySet self(PyObject[] args, PyType t, String name) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method " + t.name() + "." + name + "() needs an argument");
        }
        if (args[0] instanceof PySet s && s.isFrozen() == (t == Builtins.FROZENSET)) {
            return s;
        }
        throw PyErr.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                + args[0].type().name() + "' object");
    }

    private static PyObject allocate(Interpreter in, PyObject[] args, String[] kwnames, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        if (ClinicArgs.kwCount(kwnames) > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError(name + " expected at most 1 argument, got " + args.length);
        }
        if (args.length == 0) {
            return new PySet(frozen);
        }
        if (frozen && args[0] instanceof PySet s && s.isFrozen()) {
            return s;
        }
        return newSet(in, args[0], frozen);
    }

    /** A new set (or frozenset) of the items of an iterable. */
    public static PySet newSet(Interpreter in, PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        addAll(in, s, iterable);
        return s;
    }

    private static void addAll(Interpreter in, PySet s, PyObject iterable) {
        if (iterable instanceof PySet src) {
            for (PyObject x : src.toArray()) {
                s.add(in, x);
            }
        } else if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] items = iterable instanceof PyList l ? l.toArray() : ((PyTuple) iterable).items;
            for (PyObject x : items) {
                s.add(in, x);
            }
        } else {
            PyObject it = Ops.iter(in, iterable);
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                s.add(in, x);
            }
        }
    }

    /** The other operand as a set (itself when it already is one). */
    private static PySet asSet(Interpreter in, PyObject o) {
        return o instanceof PySet s ? s : newSet(in, o, false);
    }

    private static PySet copyOf(Interpreter in, PySet s, boolean frozen) {
        PySet r = new PySet(frozen);
        for (PyObject x : s.toArray()) {
            r.add(in, x);
        }
        return r;
    }

    // ---- operations (results take the left operand's kind) ----

    public static PySet union(Interpreter in, PySet a, PyObject b) {
        PySet r = copyOf(in, a, a.isFrozen());
        addAll(in, r, b);
        return r;
    }

    public static PySet intersection(Interpreter in, PySet a, PyObject b) {
        PySet r = new PySet(a.isFrozen());
        if (b instanceof PySet bs) {
            PySet small = a;
            PySet big = bs;
            if (bs.size() > a.size()) {
                small = bs;
                big = a;
            }
            for (PyObject x : big.toArray()) {
                if (small.contains(in, x)) {
                    r.add(in, x);
                }
            }
            return r;
        }
        PyObject it = Ops.iter(in, b);
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            if (a.contains(in, x)) {
                r.add(in, x);
            }
        }
        return r;
    }

    public static PySet difference(Interpreter in, PySet a, PyObject b) {
        PySet other = asSet(in, b);
        PySet r = new PySet(a.isFrozen());
        for (PyObject x : a.toArray()) {
            if (!other.contains(in, x)) {
                r.add(in, x);
            }
        }
        return r;
    }

    public static PySet symmetricDifference(Interpreter in, PySet a, PyObject b) {
        PySet r = copyOf(in, a, a.isFrozen());
        symmetricUpdate(in, r, b);
        return r;
    }

    private static void symmetricUpdate(Interpreter in, PySet s, PyObject b) {
        PySet other = b == s ? copyOf(in, s, false) : asSet(in, b);
        for (PyObject x : other.toArray()) {
            if (!s.discard(in, x)) {
                s.add(in, x);
            }
        }
    }

    public static boolean isSubset(Interpreter in, PySet a, PyObject b) {
        PySet other = asSet(in, b);
        if (a.size() > other.size()) {
            return false;
        }
        for (PyObject x : a.toArray()) {
            if (!other.contains(in, x)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isSuperset(Interpreter in, PySet a, PyObject b) {
        if (b instanceof PySet bs) {
            return isSubset(in, bs, a);
        }
        PyObject it = Ops.iter(in, b);
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            if (!a.contains(in, x)) {
                return false;
            }
        }
        return true;
    }

    private static void replaceContents(Interpreter in, PySet s, PySet with) {
        PyObject[] items = with.toArray();
        s.clear();
        for (PyObject x : items) {
            s.add(in, x);
        }
    }

    // ---- methods ----

    private static void installShared(PyType t) {
        String tn = t.name();
        Methods.def(t, "copy", (in, a, k) -> {
            PySet s = self(a, t, "copy");
            ClinicArgs.none(tn + ".copy", a, k, 1);
            return s.isFrozen() ? s : copyOf(in, s, false);
        });
        Methods.def(t, "union", (in, a, k) -> {
            PySet s = self(a, t, "union");
            Args.noKeywords(tn + ".union", k);
            PySet r = copyOf(in, s, s.isFrozen());
            for (int i = 1; i < a.length; i++) {
                addAll(in, r, a[i]);
            }
            return r;
        });
        Methods.def(t, "intersection", (in, a, k) -> {
            PySet s = self(a, t, "intersection");
            Args.noKeywords(tn + ".intersection", k);
            PySet r = a.length == 1 ? copyOf(in, s, s.isFrozen()) : s;
            for (int i = 1; i < a.length; i++) {
                r = intersection(in, r, a[i]);
            }
            return r;
        });
        Methods.def(t, "difference", (in, a, k) -> {
            PySet s = self(a, t, "difference");
            Args.noKeywords(tn + ".difference", k);
            PySet r = a.length == 1 ? copyOf(in, s, s.isFrozen()) : s;
            for (int i = 1; i < a.length; i++) {
                r = difference(in, r, a[i]);
            }
            return r;
        });
        Methods.def(t, "symmetric_difference", (in, a, k) -> {
            PySet s = self(a, t, "symmetric_difference");
            return symmetricDifference(in, s, ClinicArgs.one(tn + ".symmetric_difference", a, k, 1));
        });
        Methods.def(t, "issubset", (in, a, k) -> {
            PySet s = self(a, t, "issubset");
            return PyBool.of(isSubset(in, s, ClinicArgs.one(tn + ".issubset", a, k, 1)));
        });
        Methods.def(t, "issuperset", (in, a, k) -> {
            PySet s = self(a, t, "issuperset");
            return PyBool.of(isSuperset(in, s, ClinicArgs.one(tn + ".issuperset", a, k, 1)));
        });
        Methods.def(t, "isdisjoint", (in, a, k) -> {
            PySet s = self(a, t, "isdisjoint");
            PyObject other = ClinicArgs.one(tn + ".isdisjoint", a, k, 1);
            PyObject it = Ops.iter(in, other);
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                if (s.contains(in, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private static void installMutators(PyType t) {
        Methods.def(t, "__init__", (in, a, k) -> {
            PySet s = self(a, t, "__init__");
            if (ClinicArgs.kwCount(k) > 0) {
                throw PyErr.typeError("set() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyErr.typeError("set expected at most 1 argument, got " + (a.length - 1));
            }
            PySet items = a.length > 1 ? newSet(in, a[1], false) : new PySet(false);
            s.clear();
            addAll(in, s, items);
            return PyNone.NONE;
        });
        Methods.def(t, "add", (in, a, k) -> {
            PySet s = self(a, t, "add");
            s.add(in, ClinicArgs.one("set.add", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(t, "discard", (in, a, k) -> {
            PySet s = self(a, t, "discard");
            s.discard(in, ClinicArgs.one("set.discard", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(t, "remove", (in, a, k) -> {
            PySet s = self(a, t, "remove");
            PyObject x = ClinicArgs.one("set.remove", a, k, 1);
            if (!s.discard(in, x)) {
                throw PyErr.keyError(x);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "pop", (in, a, k) -> {
            PySet s = self(a, t, "pop");
            ClinicArgs.none("set.pop", a, k, 1);
            int e = s.nextEntry(0);
            if (e < 0) {
                throw PyErr.keyError(PyStr.of("pop from an empty set"));
            }
            PyObject x = s.keyAt(e);
            s.discard(in, x);
            return x;
        });
        Methods.def(t, "clear", (in, a, k) -> {
            PySet s = self(a, t, "clear");
            ClinicArgs.none("set.clear", a, k, 1);
            s.clear();
            return PyNone.NONE;
        });
        Methods.def(t, "update", (in, a, k) -> {
            PySet s = self(a, t, "update");
            Args.noKeywords("set.update", k);
            for (int i = 1; i < a.length; i++) {
                addAll(in, s, a[i]);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "intersection_update", (in, a, k) -> {
            PySet s = self(a, t, "intersection_update");
            Args.noKeywords("set.intersection_update", k);
            PySet r = s;
            for (int i = 1; i < a.length; i++) {
                r = intersection(in, r, a[i]);
            }
            if (r != s) {
                replaceContents(in, s, r);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "difference_update", (in, a, k) -> {
            PySet s = self(a, t, "difference_update");
            Args.noKeywords("set.difference_update", k);
            for (int i = 1; i < a.length; i++) {
                if (a[i] == s) {
                    s.clear();
                    continue;
                }
                PyObject it = Ops.iter(in, a[i]);
                for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                    s.discard(in, x);
                }
            }
            return PyNone.NONE;
        });
        Methods.def(t, "symmetric_difference_update", (in, a, k) -> {
            PySet s = self(a, t, "symmetric_difference_update");
            symmetricUpdate(in, s, ClinicArgs.one("set.symmetric_difference_update", a, k, 1));
            return PyNone.NONE;
        });
    }
}
