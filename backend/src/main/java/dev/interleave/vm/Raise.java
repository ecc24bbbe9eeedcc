package dev.interleave.vm;

/** The raise statement, exception matching and arguments to generator.throw(). */
final class Raise {
    private Raise() {}

    /** RAISE_VARARGS: the exception to throw (never returns normally). */
    static PyException raise(ThreadState ts, Frame f, int arg) {
        Interpreter in = ts.in;
        if (arg == 0) {
            if (ts.handled == null) {
                return PyErr.runtimeError("No active exception to reraise");
            }
            return Unwinder.reraise(ts, ts.handled);
        }
        PyObject cause = arg == 2 ? f.stack[--f.sp] : null;
        PyObject excObj = f.stack[--f.sp];
        PyBaseException exc = instantiate(in, excObj, "exceptions must derive from BaseException");
        if (arg == 2) {
            if (cause == PyNone.NONE) {
                exc.cause = null;
            } else {
                exc.cause = instantiate(in, cause, "exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        return new PyException(exc);
    }

    /** An exception instance from a class or instance. */
    static PyBaseException instantiate(Interpreter in, PyObject o, String message) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            PyObject made = in.call(t);
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw PyErr.typeError("calling " + Ops.repr(in, t) + " should have returned an instance of "
                    + "BaseException, not " + made.type().name());
        }
        throw PyErr.typeError(message);
    }

    /** except T: does exc match T (a class or a tuple of classes)? */
    static boolean matches(PyObject exc, PyObject t) {
        if (t instanceof PyTuple tup) {
            for (PyObject item : tup.items) {
                if (matches(exc, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(t instanceof PyType type) || !type.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(type);
    }

    /** generator.throw(value) / throw(type[, value[, tb]]). */
    static PyBaseException throwArgument(Interpreter in, PyObject[] args, int off, int n) {
        PyObject typ = args[off];
        if (typ instanceof PyBaseException e) {
            if (n > 1 && args[off + 1] != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            PyObject value = n > 1 ? args[off + 1] : PyNone.NONE;
            if (value instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
                return e;
            }
            PyObject made = value == PyNone.NONE ? in.call(t)
                    : value instanceof PyTuple tup ? in.call(t, tup.items) : in.call(t, value);
            return (PyBaseException) made;
        }
        throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + typ.type().name());
    }
}
