package dev.interleave.vm;

/**
 * The set and frozenset types: allocators and methods. Every method delegates to the
 * operation of {@link PySet} that CPython's method runs (set_update_internal, set_intersection,
 * set_difference, ...), so that the resulting tables, hence iteration order and pop(), are
 * CPython's. Results are plain sets or frozensets, also for instances of subclasses.
 */
public final class SetMethods {
    private SetMethods() {}

    static void install() {
        Builtins.SET.allocator((in, type, args, kw) -> type == Builtins.SET ? allocate(in, args, kw, false)
                : new PySet(false, type));
        Builtins.FROZENSET.allocator(SetMethods::allocateFrozen);
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

    /** set(iterable) and frozenset(iterable) for the builtin types themselves. */
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
        if (frozen && args[0] instanceof PySet s && s.isFrozen() && s.subtype == null) {
            return s;
        }
        return newSet(in, args[0], frozen);
    }

    /** frozenset_new: for a subclass, the items are given to the allocation (there is no __init__ to fill them). */
    private static PyObject allocateFrozen(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        if (type == Builtins.FROZENSET) {
            return allocate(in, args, kwnames, true);
        }
        int npos = args.length - ClinicArgs.kwCount(kwnames);
        if (npos > 1) {
            throw PyErr.typeError(type.name() + " expected at most 1 argument, got " + npos);
        }
        PySet s = new PySet(true, type);
        if (npos == 1) {
            s.update(in, args[0]);
        }
        return s;
    }

    /** A new set (or frozenset) of the items of an iterable (make_new_set). */
    public static PySet newSet(Interpreter in, PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(in, iterable);
        return s;
    }

    // ---- methods of both types ----

    private static void installShared(PyType t) {
        String tn = t.name();
        Methods.def(t, "copy", (in, a, k) -> {
            PySet s = self(a, t, "copy");
            ClinicArgs.none(tn + ".copy", a, k, 1);
            return s.isFrozen() && s.subtype == null ? s : s.copy();
        });
        Methods.def(t, "union", (in, a, k) -> {
            PySet s = self(a, t, "union");
            Args.noKeywords(tn + ".union", k);
            PySet r = s.copy();
            for (int i = 1; i < a.length; i++) {
                if (a[i] != s) {
                    r.update(in, a[i]);
                }
            }
            return r;
        });
        Methods.def(t, "intersection", (in, a, k) -> {
            PySet s = self(a, t, "intersection");
            Args.noKeywords(tn + ".intersection", k);
            return intersectionMulti(in, s, a);
        });
        Methods.def(t, "difference", (in, a, k) -> {
            PySet s = self(a, t, "difference");
            Args.noKeywords(tn + ".difference", k);
            if (a.length == 1) {
                return s.copy();
            }
            PySet r = s.difference(in, a[1]);
            for (int i = 2; i < a.length; i++) {
                r.differenceUpdate(in, a[i]);
            }
            return r;
        });
        Methods.def(t, "symmetric_difference", (in, a, k) -> {
            PySet s = self(a, t, "symmetric_difference");
            return s.symmetricDifference(in, ClinicArgs.one(tn + ".symmetric_difference", a, k, 1));
        });
        Methods.def(t, "issubset", (in, a, k) -> {
            PySet s = self(a, t, "issubset");
            return PyBool.of(s.isSubset(in, ClinicArgs.one(tn + ".issubset", a, k, 1)));
        });
        Methods.def(t, "issuperset", (in, a, k) -> {
            PySet s = self(a, t, "issuperset");
            return PyBool.of(s.isSuperset(in, ClinicArgs.one(tn + ".issuperset", a, k, 1)));
        });
        Methods.def(t, "isdisjoint", (in, a, k) -> {
            PySet s = self(a, t, "isdisjoint");
            return PyBool.of(s.isDisjoint(in, ClinicArgs.one(tn + ".isdisjoint", a, k, 1)));
        });
        Methods.def(t, "__len__", (in, a, k) -> {
            BuiltinDunders.wrapperArgs("__len__", a, k, 0);
            PySet s = self(a, t, "__len__");
            return PyInt.of(s.size());
        });
        Methods.def(t, "__contains__", (in, a, k) -> {
            PySet s = self(a, t, "__contains__");
            return PyBool.of(s.contains(in, ClinicArgs.one(tn + ".__contains__", a, k, 1)));
        });
        Methods.def(t, "__iter__", (in, a, k) -> {
            BuiltinDunders.wrapperArgs("__iter__", a, k, 0);
            PySet s = self(a, t, "__iter__");
            return new Iterators.SetIter(s);
        });
    }

    /** set_intersection_multi: a copy without arguments, else intersection after intersection. */
    private static PySet intersectionMulti(Interpreter in, PySet s, PyObject[] a) {
        if (a.length == 1) {
            return s.copy();
        }
        PySet r = s;
        for (int i = 1; i < a.length; i++) {
            r = r.intersection(in, a[i]);
        }
        return r;
    }

    // ---- set's own methods ----

    private static void installMutators(PyType t) {
        Methods.def(t, "__init__", (in, a, k) -> {
            PySet s = self(a, t, "__init__");
            if (ClinicArgs.kwCount(k) > 0) {
                throw PyErr.typeError("set() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyErr.typeError("set expected at most 1 argument, got " + (a.length - 1));
            }
            s.clear();
            if (a.length > 1) {
                s.update(in, a[1]);
            }
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
            return s.pop();
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
                s.update(in, a[i]);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "intersection_update", (in, a, k) -> {
            PySet s = self(a, t, "intersection_update");
            Args.noKeywords("set.intersection_update", k);
            s.takeBody(intersectionMulti(in, s, a));
            return PyNone.NONE;
        });
        Methods.def(t, "difference_update", (in, a, k) -> {
            PySet s = self(a, t, "difference_update");
            Args.noKeywords("set.difference_update", k);
            for (int i = 1; i < a.length; i++) {
                s.differenceUpdate(in, a[i]);
            }
            return PyNone.NONE;
        });
        Methods.def(t, "symmetric_difference_update", (in, a, k) -> {
            PySet s = self(a, t, "symmetric_difference_update");
            s.symmetricDifferenceUpdate(in, ClinicArgs.one("set.symmetric_difference_update", a, k, 1));
            return PyNone.NONE;
        });
    }
}
