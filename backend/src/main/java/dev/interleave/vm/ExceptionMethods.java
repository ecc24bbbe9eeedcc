package dev.interleave.vm;

/** BaseException and its subclasses: construction, args, chaining attributes, str and repr. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        PyType t = Builtins.BASE_EXCEPTION;
        t.allocator((in, type, args, kw) -> new PyBaseException(type, PyTuple.of(positional(args, kw))));
        Methods.def(t, "__init__", (in, args, kw) -> {
            ((PyBaseException) args[0]).args = PyTuple.of(java.util.Arrays.copyOfRange(args, 1,
                    args.length - (kw == null ? 0 : kw.length)));
            return PyNone.NONE;
        });
        Methods.def(t, "__str__", (in, args, kw) -> PyStr.of(baseStr(in, (PyBaseException) args[0])));
        Methods.def(t, "__repr__", (in, args, kw) -> PyStr.of(baseRepr(in, (PyBaseException) args[0])));
        Methods.def(t, "with_traceback", (in, args, kw) -> args[0]);
        Methods.getset(t, "args", (in, o) -> ((PyBaseException) o).args,
                (in, o, v) -> ((PyBaseException) o).args = PyTuple.of(Ops.toArray(in, v)));
        Methods.getset(t, "__cause__", (in, o) -> orNone(((PyBaseException) o).cause), (in, o, v) -> {
            PyBaseException e = (PyBaseException) o;
            e.cause = chainValue(v, "exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        Methods.getset(t, "__context__", (in, o) -> orNone(((PyBaseException) o).context),
                (in, o, v) -> ((PyBaseException) o).context =
                        chainValue(v, "exception context must be None or derive from BaseException"));
        Methods.getset(t, "__suppress_context__", (in, o) -> PyBool.of(((PyBaseException) o).suppressContext),
                (in, o, v) -> ((PyBaseException) o).suppressContext = Ops.truthy(in, v));
        Methods.getset(t, "__traceback__", (in, o) -> PyTraceback.of((PyBaseException) o), (in, o, v) -> { });
        Methods.getter(Builtins.STOP_ITERATION, "value", (in, o) -> firstArgOrNone((PyBaseException) o));
        Methods.getter(Builtins.SYSTEM_EXIT, "code", (in, o) -> firstArgOrNone((PyBaseException) o));
        dictAttr(Builtins.NAME_ERROR, "name");
        dictAttr(Builtins.IMPORT_ERROR, "name");
        dictAttr(Builtins.ATTRIBUTE_ERROR, "name");
        dictAttr(Builtins.ATTRIBUTE_ERROR, "obj");
        installOsError();
        ExceptionGroups.install();
        Methods.def(Builtins.KEY_ERROR, "__str__", (in, args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            return PyStr.of(e.args.size() == 1 ? Ops.repr(in, e.args.get(0)) : baseStr(in, e));
        });
    }

    // ---- OSError ----

    /**
     * OSError(errno, strerror[, filename[, winerror[, filename2]]]): errno, strerror, filename
     * and filename2 (None when not given; kept in the instance dict as the other exceptions'
     * attributes are), args without the file names, and OSError itself picks the subclass that
     * CPython's errno map gives (FileNotFoundError for 2, ...).
     */
    private static void installOsError() {
        PyType t = Builtins.OS_ERROR;
        t.allocator((in, type, args, kw) -> {
            PyObject[] pos = positional(args, kw);
            if (ClinicArgs.kwCount(kw) > 0 && type.lookup("__init__") == Builtins.OS_ERROR.lookup("__init__")) {
                throw PyErr.typeError(type.name() + "() takes no keyword arguments");
            }
            PyType actual = type == t && pos.length >= 2 && pos.length <= 5 ? errnoType(pos[0]) : type;
            return new PyBaseException(actual, PyTuple.of(pos));
        });
        Methods.def(t, "__init__", (in, args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            if (ClinicArgs.kwCount(kw) > 0) {
                throw PyErr.typeError(e.type().name() + "() takes no keyword arguments");
            }
            PyObject[] pos = java.util.Arrays.copyOfRange(args, 1, args.length);
            PyObject none = PyNone.NONE;
            PyObject filename = pos.length >= 3 && pos.length <= 5 ? pos[2] : none;
            PyDict d = e.dict();
            d.putStr("errno", pos.length >= 2 && pos.length <= 5 ? pos[0] : none);
            d.putStr("strerror", pos.length >= 2 && pos.length <= 5 ? pos[1] : none);
            d.putStr("filename", filename);
            d.putStr("filename2", filename != none && pos.length == 5 ? pos[4] : none);
            e.args = filename != none ? PyTuple.of(pos[0], pos[1]) : PyTuple.of(pos);
            return PyNone.NONE;
        });
        for (String name : new String[] {"errno", "strerror", "filename", "filename2"}) {
            dictAttr(t, name);
        }
    }

    /** The OSError subclass for an errno (Linux values), or OSError. */
    private static PyType errnoType(PyObject errno) {
        long n;
        if (errno instanceof PyInt i && !i.isBig()) {
            n = i.value;
        } else if (errno instanceof PyFloat f && f.value == Math.rint(f.value) && Math.abs(f.value) < 1e9) {
            n = (long) f.value;
        } else {
            return Builtins.OS_ERROR;
        }
        return switch ((int) Math.max(-1, Math.min(n, 1000))) {
            case 1, 13 -> Builtins.PERMISSION_ERROR;
            case 2 -> Builtins.FILE_NOT_FOUND_ERROR;
            case 3 -> Builtins.PROCESS_LOOKUP_ERROR;
            case 4 -> Builtins.INTERRUPTED_ERROR;
            case 10 -> Builtins.CHILD_PROCESS_ERROR;
            case 11, 114, 115 -> Builtins.BLOCKING_IO_ERROR;
            case 17 -> Builtins.FILE_EXISTS_ERROR;
            case 20 -> Builtins.NOT_A_DIRECTORY_ERROR;
            case 21 -> Builtins.IS_A_DIRECTORY_ERROR;
            case 32, 108 -> Builtins.BROKEN_PIPE_ERROR;
            case 103 -> Builtins.CONNECTION_ABORTED_ERROR;
            case 104 -> Builtins.CONNECTION_RESET_ERROR;
            case 110 -> Builtins.TIMEOUT_ERROR;
            case 111 -> Builtins.CONNECTION_REFUSED_ERROR;
            default -> Builtins.OS_ERROR;
        };
    }

    static PyObject[] positional(PyObject[] args, String[] kw) {
        return kw == null || kw.length == 0 ? args : java.util.Arrays.copyOf(args, args.length - kw.length);
    }

    private static void dictAttr(PyType t, String name) {
        Methods.getset(t, name, (in, o) -> {
            PyObject v = o.dict().getStr(name);
            return v == null ? PyNone.NONE : v;
        }, (in, o, v) -> o.dict().putStr(name, v));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject firstArgOrNone(PyBaseException e) {
        return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
    }

    private static PyBaseException chainValue(PyObject v, String msg) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError(msg);
    }

    /** BaseException.__str__: "", str(arg) or str(args). */
    static String baseStr(Interpreter in, PyBaseException e) {
        return switch (e.args.size()) {
            case 0 -> "";
            case 1 -> Ops.str(in, e.args.get(0));
            default -> Ops.repr(in, e.args);
        };
    }

    /** BaseException.__repr__: Name(args...). */
    static String baseRepr(Interpreter in, PyBaseException e) {
        String name = e.type().name();
        if (e.args.size() == 1) {
            return name + "(" + Ops.repr(in, e.args.get(0)) + ")";
        }
        return name + Ops.repr(in, e.args);
    }
}
