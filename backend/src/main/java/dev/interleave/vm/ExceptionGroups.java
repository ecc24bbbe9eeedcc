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
}
