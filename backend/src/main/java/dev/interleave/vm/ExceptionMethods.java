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
        Methods.def(Builtins.KEY_ERROR, "__str__", (in, args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            return PyStr.of(e.args.size() == 1 ? Ops.repr(in, e.args.get(0)) : baseStr(in, e));
        });
    }

    private static PyObject[] positional(PyObject[] args, String[] kw) {
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
