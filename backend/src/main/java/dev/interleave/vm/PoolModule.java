package dev.interleave.vm;


/**
 * multiprocessing.pool: CPython 3.13's pool.py (resource multiprocessing/pool.py, on its line
 * numbers) with the stand-ins of multiprocessing/_pool_stdlib.py, over the natives here: the
 * pool's one-way pipes, the worker handler's wait on several things at once, the remote
 * traceback's text, and the tracer ({@link PoolTrace}).
 */
final class PoolModule implements NativeModule {

    @Override
    public String name() {
        return "multiprocessing.pool";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule(name());
        in.modules().put(name(), m);
        try {
            m.put("__package__", PyStr.of("multiprocessing"));
            for (PyBuiltinFunction f : NATIVES) {
                m.put(f.name, f);
            }
            LibrarySource.exec(in, m, "multiprocessing/_pool_stdlib.py", true);
            LibrarySource.exec(in, m, "multiprocessing/pool.py");
        } catch (RuntimeException e) {
            in.modules().remove(name());
            throw e;
        }
        // multiprocessing.util's finalizers with an exit priority: pools still running terminate
        in.atExit(() -> in.call(m.dict().getStr("_run_finalizers")));
        return m;
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_pool_name", (in, a, k) -> PyStr.of(Naming.userAssignedName(in.currentThread(), "pool"))),
        Methods.fn("_pool_pipe", (in, a, k) -> {
            ChannelObject chan = new ChannelObject(in, Integer.MAX_VALUE, "pipe", Ops.str(in, a[0]));
            return PyTuple.of(new ConnectionObject(in, chan, null), new ConnectionObject(in, null, chan));
        }),
        FuturesProcessNatives.FORMAT_EXCEPTION,
        Methods.fn("_PoolTrace", (in, a, k) -> new PoolTrace(in, a[0], a[1], a[2])),
        Methods.fn("_note_job", (in, a, k) -> {
            PoolTrace.jobLines(in).put(ClinicArgs.ssize(in, a[0]), in.currentThread().userLine());
            return PyNone.NONE;
        }),
        Methods.fn("wait", (in, a, k) -> ConnectionWait.wait(in, Ops.toArray(in, a[0]),
                ThreadingModule.timeoutArg(in, k != null && k.length > 0 ? a[a.length - 1]
                        : a.length > 1 ? a[1] : PyNone.NONE))),
    };
}
