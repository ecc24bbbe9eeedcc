package dev.interleave.vm;

/**
 * The sys module: exit, argv, recursion limit, switch interval, int/str digit limit,
 * stdout/stderr, version data and exc_info. The function objects and the two stream objects hold no state and are shared
 * by every run; the module object itself is made per run.
 */
final class SysModule implements NativeModule {

    /** sys.stdout / sys.stderr: writes go to the run's output. */
    static final class TextStream extends PyObject implements SharedAcrossProcesses {
        final boolean err;

        private TextStream(boolean err) {
            this.err = err;
        }

        @Override
        public PyType type() {
            return TEXT_IO;
        }

        void write(Interpreter in, String s) {
            if (err) {
                in.stderr(s);
            } else {
                in.stdout(s);
            }
        }

        /** print's text, made of several writes in CPython: they end at the first {@code n} of {@code cuts}. */
        void write(Interpreter in, String s, int[] cuts, int n) {
            if (err) {
                in.stderr(s);
            } else {
                in.stdout(s, cuts, n);
            }
        }
    }

    static final PyType TEXT_IO = new PyType("TextIOWrapper", Builtins.OBJECT, true).finalType();
    static final TextStream STDOUT = new TextStream(false);
    static final TextStream STDERR = new TextStream(true);

    static {
        TEXT_IO.setModule("_io");
        Methods.def(TEXT_IO, "write", (in, a, k) -> {
            PyObject s = ClinicArgs.one("write", a, k, 1);
            if (!(s instanceof PyStr str)) {
                throw PyErr.typeError("write() argument must be str, not " + ClinicArgs.argType(s));
            }
            ((TextStream) a[0]).write(in, str.value);
            return PyInt.of(str.length());
        });
        Methods.def(TEXT_IO, "flush", (in, a, k) -> {
            ClinicArgs.none("flush", a, k, 1);
            if (!((TextStream) a[0]).err) {
                in.flushOutput();
            }
            return PyNone.NONE;
        });
        Methods.def(TEXT_IO, "isatty", (in, a, k) -> {
            ClinicArgs.none("isatty", a, k, 1);
            return PyBool.FALSE;
        });
        Methods.def(TEXT_IO, "__repr__", (in, a, k) -> PyStr.of("<_io.TextIOWrapper name='"
                + (((TextStream) a[0]).err ? "<stderr>" : "<stdout>") + "' mode='w' encoding='utf-8'>"));
        Methods.getter(TEXT_IO, "encoding", (in, o) -> PyStr.of("utf-8"));
    }

    private static final PyBuiltinFunction EXIT = Methods.fn("exit", (in, a, k) -> {
        ClinicArgs.positional("exit", a, k, 0, 0, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) {
            throw PyErr.ofNoArgs(Builtins.SYSTEM_EXIT);
        }
        if (a[0] instanceof PyTuple t) {
            throw new PyException(new PyBaseException(Builtins.SYSTEM_EXIT, t));
        }
        throw PyErr.withArg(Builtins.SYSTEM_EXIT, a[0]);
    });

    /** sys._getframe([depth]): the caller's frame, or the one {@code depth} calls below it. */
    private static final PyBuiltinFunction GET_FRAME = Methods.fn("_getframe", (in, a, k) -> {
        ClinicArgs.positional("_getframe", a, k, 0, 0, 1);
        long depth = a.length == 0 ? 0 : ClinicArgs.ssize(in, a[0]);
        Frame f = PyFrameObject.visible(in.currentThread().top());
        for (long i = 0; i < depth && f != null; i++) {
            f = PyFrameObject.visible(f.back);
        }
        if (f == null) {
            throw PyErr.of(Builtins.VALUE_ERROR, "call stack is not deep enough");
        }
        return PyFrameObject.of(f);
    });

    private static final PyBuiltinFunction GET_RECURSION_LIMIT = Methods.fn("getrecursionlimit", (in, a, k) -> {
        ClinicArgs.none("getrecursionlimit", a, k, 0);
        return PyInt.of(in.recursionLimit());
    });

    private static final PyBuiltinFunction SET_RECURSION_LIMIT = Methods.fn("setrecursionlimit", (in, a, k) -> {
        PyInt n = ClinicArgs.indexObject(in, ClinicArgs.one("setrecursionlimit", a, k, 0));
        if (n.isBig() || n.value > Integer.MAX_VALUE) {
            throw PyErr.overflow("Python int too large to convert to C int");
        }
        if (n.value < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = in.currentThread().depth;
        if (n.value <= depth) {
            throw PyErr.of(Builtins.RECURSION_ERROR, "cannot set the recursion limit to " + n.value
                    + " at the recursion depth " + depth + ": the limit is too low");
        }
        in.setRecursionLimit((int) n.value);
        return PyNone.NONE;
    });

    private static final PyBuiltinFunction GET_SWITCH_INTERVAL = Methods.fn("getswitchinterval", (in, a, k) -> {
        ClinicArgs.none("getswitchinterval", a, k, 0);
        return new PyFloat(in.switchInterval());
    });

    private static final PyBuiltinFunction SET_SWITCH_INTERVAL = Methods.fn("setswitchinterval", (in, a, k) -> {
        double v = ClinicArgs.real(in, ClinicArgs.one("setswitchinterval", a, k, 0));
        if (!(v > 0.0)) {
            throw PyErr.valueError("switch interval must be strictly positive");
        }
        in.setSwitchInterval(v);
        return PyNone.NONE;
    });

    private static final PyBuiltinFunction EXC_INFO = Methods.fn("exc_info", (in, a, k) -> {
        ClinicArgs.none("exc_info", a, k, 0);
        PyBaseException e = in.currentThread().handled();
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(e.type(), e, PyTraceback.of(e));
    });

    private static final PyBuiltinFunction EXCEPTION = Methods.fn("exception", (in, a, k) -> {
        ClinicArgs.none("exception", a, k, 0);
        PyBaseException e = in.currentThread().handled();
        return e == null ? PyNone.NONE : e;
    });

    private static final String[] VERSION_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info", VERSION_FIELDS);
    private static final StructSeq VERSION = StructSeq.of(VERSION_INFO, VERSION_FIELDS, PyInt.of(3), PyInt.of(13),
            PyInt.of(0), PyStr.of("final"), PyInt.of(0));

    private static final PyBuiltinFunction GET_INT_MAX_STR_DIGITS = Methods.fn("get_int_max_str_digits", (in, a, k) -> {
        ClinicArgs.none("sys.get_int_max_str_digits", a, k, 0);
        return PyInt.of(NumberMethods.maxStrDigits(in));
    });

    /** sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640, kept in the run's state. */
    private static final PyBuiltinFunction SET_INT_MAX_STR_DIGITS = Methods.fn("set_int_max_str_digits", (in, a, k) -> {
        String fn = "set_int_max_str_digits";
        if (a.length > 1) {
            throw PyErr.typeError(fn + "() takes at most 1 argument (" + a.length + " given)");
        }
        int npos = a.length - ClinicArgs.kwCount(k);
        PyObject arg = npos == 1 ? a[0] : k != null && k.length == 1 && k[0].equals("maxdigits") ? a[0] : null;
        if (arg == null) {
            throw PyErr.typeError(fn + "() missing required argument 'maxdigits' (pos 1)");
        }
        PyInt n = ClinicArgs.indexObject(in, arg);
        if (n.isBig() || n.value > Integer.MAX_VALUE || n.value < Integer.MIN_VALUE) {
            throw PyErr.overflow("Python int too large to convert to C int");
        }
        if (n.value != 0 && n.value < 640) {
            throw PyErr.valueError("maxdigits must be 0 or larger than 640");
        }
        NumberMethods.setMaxStrDigits(in, (int) n.value);
        return PyNone.NONE;
    });

    private static final PyBuiltinFunction GET_DEFAULT_ENCODING = Methods.fn("getdefaultencoding", (in, a, k) -> {
        ClinicArgs.none("getdefaultencoding", a, k, 0);
        return PyStr.of("utf-8");
    });

    @Override
    public String name() {
        return "sys";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("sys");
        for (PyBuiltinFunction f : new PyBuiltinFunction[] {EXIT, GET_FRAME, GET_RECURSION_LIMIT, SET_RECURSION_LIMIT,
            GET_SWITCH_INTERVAL, SET_SWITCH_INTERVAL, EXC_INFO, EXCEPTION, GET_DEFAULT_ENCODING,
            GET_INT_MAX_STR_DIGITS, SET_INT_MAX_STR_DIGITS}) {
            m.put(f.name, f);
        }
        PyList argv = new PyList();
        for (String s : in.argv()) {
            argv.append(PyStr.of(s));
        }
        m.put("argv", argv);
        m.put("stdout", STDOUT);
        m.put("stderr", STDERR);
        m.put("__stdout__", STDOUT);
        m.put("__stderr__", STDERR);
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10FFFF));
        m.put("version", PyStr.of("3.13.0 (interleave)"));
        m.put("version_info", VERSION);
        m.put("hexversion", PyInt.of(0x030D00F0));
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        m.put("executable", PyStr.EMPTY);
        return m;
    }

    /** The stream print() writes to: sys.stdout of the run (the default one until sys is imported). */
    static PyObject stdout(Interpreter in) {
        PyModule sys = in.modules().get("sys");
        if (sys == null) {
            return STDOUT;
        }
        PyObject out = sys.dict().getStr("stdout");
        if (out == null) {
            throw PyErr.runtimeError("lost sys.stdout");
        }
        return out;
    }
}
