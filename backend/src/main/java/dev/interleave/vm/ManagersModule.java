package dev.interleave.vm;

/**
 * multiprocessing.managers: the Python module (resource multiprocessing/managers.py, on
 * CPython's line numbers) with the natives it needs where CPython uses exec and the traceback
 * module: a proxy type's forwarding methods, compiled as CPython's {@code MakeProxyType} execs
 * them (so tracebacks show {@code File "<string>", line 2, in append}), and {@code format_exc}
 * for the tracebacks a server sends back in a RemoteError.
 */
final class ManagersModule implements NativeModule {

    static final String NAME = "multiprocessing.managers";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule mp = in.importModule("multiprocessing");
        PyModule m = new PyModule(NAME);
        in.modules().put(NAME, m);
        try {
            m.put("__package__", PyStr.of("multiprocessing"));
            m.put("_proxy_method", PROXY_METHOD);
            m.put("format_exc", FORMAT_EXC);
            for (PyBuiltinFunction f : ManagedTrace.NATIVES) {
                m.put(f.name, f);
            }
            m.put("_pipe_new", mp.dict().getStr("_pipe_new"));
            m.put("_print_exc", mp.dict().getStr("_print_exc"));
            LibrarySource.exec(in, m, "multiprocessing/managers.py");
        } catch (RuntimeException e) {
            in.modules().remove(NAME);
            throw e;
        }
        return m;
    }

    /** MakeProxyType's exec of {@code def NAME(self, /, *args, **kwds): return self._callmethod(NAME, args, kwds)}. */
    private static final PyBuiltinFunction PROXY_METHOD = Methods.fn("_proxy_method", (in, a, k) -> {
        String meth = Ops.str(in, a[0]);
        String src = "def " + meth + "(self, /, *args, **kwds):\n        return self._callmethod("
                + Ops.repr(in, a[0]) + ", args, kwds)";
        PyDict dic = new PyDict();
        dic.putStr("__builtins__", new PyModule("builtins", in.builtinsDict()));
        in.runModule(dev.interleave.lang.Compiler.compile(src, "<string>", false), dic);
        return dic.getStr(meth);
    });

    /** traceback.format_exc(): the exception being handled, formatted as the traceback module does in a server. */
    private static final PyBuiltinFunction FORMAT_EXC = Methods.fn("format_exc", (in, a, k) -> {
        PyBaseException e = in.currentThread().handled();
        return PyStr.of(e == null ? "NoneType: None\n" : TracebackPrinter.formatUnraisable(in, e));
    });
}
