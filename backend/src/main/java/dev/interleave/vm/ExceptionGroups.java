package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's checks (a group
 * of Exceptions made as BaseExceptionGroup is an ExceptionGroup), message, exceptions, str,
 * derive, subgroup and split.
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static void install() {
        // ExceptionGroup derives from BaseExceptionGroup and Exception in CPython; the engine's
        // types have one base, so both get the group's methods.
        install(Builtins.BASE_EXCEPTION_GROUP);
        install(Builtins.EXCEPTION_GROUP);
    }

    private static void install(PyType t) {
        t.allocator((in, type, args, kw) -> create(in, type, ExceptionMethods.positional(args, kw)));
        Methods.getter(t, "message", (in, o) -> ((PyBaseException) o).args.get(0));
        Methods.getter(t, "exceptions", (in, o) -> PyTuple.of(members(in, (PyBaseException) o).toArray(new PyObject[0])));
        Methods.def(t, "__str__", (in, args, kw) -> PyStr.of(str(in, (PyBaseException) args[0])));
        Methods.def(t, "derive", (in, args, kw) -> derive(in, (PyBaseException) args[0], args[1]));
        Methods.def(t, "split", (in, args, kw) -> {
            PyObject[] r = split(in, (PyBaseException) args[0], args[1]);
            return PyTuple.of(r[0], r[1]);
        });
        Methods.def(t, "subgroup", (in, args, kw) -> split(in, (PyBaseException) args[0], args[1])[0]);
    }

    private static PyBaseException create(Interpreter in, PyType type, PyObject[] pos) {
        String name = type.name();
        if (pos.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + pos.length + " given)");
        }
        if (!(pos[0] instanceof PyStr)) {
            throw PyErr.typeError("argument 1 must be str, not " + pos[0].type().name());
        }
        if (!(pos[1] instanceof PyList) && !(pos[1] instanceof PyTuple)) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Ops.toArray(in, pos[1]);
        if (items.length == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw PyErr.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.isInstance(Builtins.EXCEPTION);
        }
        PyType actual = type;
        if (type == Builtins.BASE_EXCEPTION_GROUP || type == Builtins.EXCEPTION_GROUP) {
            actual = allExceptions ? Builtins.EXCEPTION_GROUP : Builtins.BASE_EXCEPTION_GROUP;
            if (type == Builtins.EXCEPTION_GROUP && !allExceptions) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (type.isSubtypeOf(Builtins.EXCEPTION_GROUP) && !allExceptions) {
            throw PyErr.typeError("Cannot nest BaseExceptions in " + (type == Builtins.EXCEPTION_GROUP
                    ? "an ExceptionGroup" : "'" + name + "'"));
        }
        return new PyBaseException(actual, PyTuple.of(pos));
    }

    /** "message (N sub-exceptions)". */
    static String str(Interpreter in, PyBaseException e) {
        int n = members(in, e).size();
        return Ops.str(in, e.args.get(0)) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    static boolean isGroup(PyBaseException e) {
        return (e.isInstance(Builtins.BASE_EXCEPTION_GROUP) || e.isInstance(Builtins.EXCEPTION_GROUP))
                && e.args.size() == 2;
    }

    /** The exceptions a group holds, in order. */
    static List<PyBaseException> members(Interpreter in, PyBaseException group) {
        List<PyBaseException> out = new ArrayList<>();
        for (PyObject o : Ops.toArray(in, group.args.get(1))) {
            out.add((PyBaseException) o);
        }
        return out;
    }

    private static PyObject derive(Interpreter in, PyBaseException self, PyObject excs) {
        return Calls.call(in, Builtins.BASE_EXCEPTION_GROUP, new PyObject[] {self.args.get(0), excs}, null);
    }

    private static boolean matches(Interpreter in, PyBaseException e, PyObject cond) {
        if (cond instanceof PyType t) {
            return e.isInstance(t);
        }
        if (cond instanceof PyTuple tuple) {
            for (PyObject o : tuple.items) {
                if (o instanceof PyType t && e.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
        return Ops.truthy(in, Calls.call(in, cond, new PyObject[] {e}, null));
    }

    /** [match, rest]: the parts of the group that match {@code cond} and the others (None when empty). */
    private static PyObject[] split(Interpreter in, PyBaseException self, PyObject cond) {
        if (matches(in, self, cond)) {
            return new PyObject[] {self, PyNone.NONE};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyBaseException e : members(in, self)) {
            if (isGroup(e)) {
                PyObject[] r = split(in, e, cond);
                if (r[0] != PyNone.NONE) {
                    match.add(r[0]);
                }
                if (r[1] != PyNone.NONE) {
                    rest.add(r[1]);
                }
            } else if (matches(in, e, cond)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyObject[] {part(in, self, match), part(in, self, rest)};
    }

    private static PyObject part(Interpreter in, PyBaseException self, List<PyObject> items) {
        if (items.isEmpty()) {
            return PyNone.NONE;
        }
        PyObject d = in.callMethod(self, "derive", new PyList(items.toArray(new PyObject[0]), items.size()));
        if (d instanceof PyBaseException g) {
            g.traceback.addAll(self.traceback);
            g.cause = self.cause;
            g.context = self.context;
            g.suppressContext = self.suppressContext;
        }
        return d;
    }

    // ---- except* ----

    /**
     * CHECK_EG_MATCH: [match, rest] of what is left to handle against an except* clause's type.
     * A naked exception that matches is wrapped in a group with an empty message, as CPython does.
     */
    static PyObject[] starMatch(Interpreter in, PyObject rest, PyObject type) {
        checkStarType(type);
        if (!(rest instanceof PyBaseException e)) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        if (!isGroup(e)) {
            if (!Raise.matches(e, type)) {
                return new PyObject[] {e, PyNone.NONE};
            }
            PyBaseException wrapped = (PyBaseException) Calls.call(in, Builtins.BASE_EXCEPTION_GROUP,
                    new PyObject[] {PyStr.of(""), PyTuple.of(e)}, null);
            wrapped.traceback.addAll(e.traceback);
            return new PyObject[] {PyNone.NONE, wrapped};
        }
        PyObject[] r = split(in, e, type);
        return new PyObject[] {r[1], r[0]};
    }

    private static void checkStarType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject o : t.items) {
                checkStarType(o);
            }
            return;
        }
        if (!(type instanceof PyType t) || !t.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (t.isSubtypeOf(Builtins.BASE_EXCEPTION_GROUP) || t.isSubtypeOf(Builtins.EXCEPTION_GROUP)) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * PREP_RERAISE_STAR: from the exception an except* statement caught and what its clauses
     * raised or left unhandled, what the statement raises: None, the original group cut down to
     * the leaves re-raised or unhandled, or a new group of the exceptions raised in the clauses
     * with that part last.
     */
    static PyObject prepReraiseStar(Interpreter in, PyObject orig, PyObject list) {
        List<PyBaseException> items = new ArrayList<>();
        for (PyObject o : Ops.toArray(in, list)) {
            if (o instanceof PyBaseException e) {
                items.add(e);
            }
        }
        if (items.isEmpty()) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseException og) || !isGroup(og)) {
            return items.get(0);
        }
        java.util.Set<PyBaseException> origLeaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        leaves(in, og, origLeaves);
        java.util.Set<PyBaseException> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<PyObject> raised = new ArrayList<>();
        for (PyBaseException e : items) {
            java.util.Set<PyBaseException> l = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            leaves(in, e, l);
            if (origLeaves.containsAll(l)) {
                keep.addAll(l);
            } else {
                raised.add(e);
            }
        }
        PyObject reraised = keep.isEmpty() ? PyNone.NONE : project(in, og, keep);
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != PyNone.NONE) {
            raised.add(reraised);
        }
        return Calls.call(in, Builtins.BASE_EXCEPTION_GROUP,
                new PyObject[] {PyStr.of(""), new PyList(raised.toArray(new PyObject[0]), raised.size())}, null);
    }

    private static void leaves(Interpreter in, PyBaseException e, java.util.Set<PyBaseException> out) {
        if (!isGroup(e)) {
            out.add(e);
            return;
        }
        for (PyBaseException m : members(in, e)) {
            leaves(in, m, out);
        }
    }

    /** The part of a group whose leaves are in {@code keep} (None when none are). */
    private static PyObject project(Interpreter in, PyBaseException g, java.util.Set<PyBaseException> keep) {
        if (!isGroup(g)) {
            return keep.contains(g) ? g : PyNone.NONE;
        }
        List<PyObject> parts = new ArrayList<>();
        boolean all = true;
        for (PyBaseException m : members(in, g)) {
            PyObject p = project(in, m, keep);
            if (p != PyNone.NONE) {
                parts.add(p);
            }
            all &= p == m;
        }
        if (all) {
            return g;
        }
        return parts.isEmpty() ? PyNone.NONE : part(in, g, parts);
    }
}
