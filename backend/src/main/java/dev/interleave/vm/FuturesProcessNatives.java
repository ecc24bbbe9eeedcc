package dev.interleave.vm;

/**
 * The natives concurrent.futures.process (a ProcessPoolExecutor) needs beyond multiprocessing's:
 * the manager thread's wait on several things at once ({@link ConnectionWait} over the result
 * queue, the wake-up pipe and the workers' sentinels), traceback.format_exception, and the
 * pickler's dump that the queues' pickling check calls (process_reduction.py). The trace natives
 * are in {@link FuturesTrace}.
 */
final class FuturesProcessNatives {

    private FuturesProcessNatives() {}

    /** traceback.format_exception(exc) as one string: what both process pools send back for a failed task. */
    static final PyBuiltinFunction FORMAT_EXCEPTION = Methods.fn("_format_exception", (in, a, k) -> {
        if (!(ClinicArgs.one("_format_exception", a, k, 0) instanceof PyBaseException e)) {
            throw PyErr.typeError("format_exception() argument must be an exception");
        }
        return PyStr.of(TracebackPrinter.format(in, e));
    });

    static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_wait", (in, a, k) -> ConnectionWait.wait(in, Ops.toArray(in, a[0]), -1)),
        FORMAT_EXCEPTION,
        Methods.fn("_pickler_dump", (in, a, k) -> pickler(a[0])),
    };

    /**
     * A pickler's dump(obj) into {@code buf}: checks obj by pickle's rules (raising pickle's
     * error, as CPython's pickler does) and keeps it in {@code buf.value}.
     */
    private static PyBuiltinFunction pickler(PyObject buf) {
        return Methods.fn("dump", (in, a, k) -> {
            ClinicArgs.positional("dump", a, k, 0, 1, 1);
            Spawn.snapshot(in, a[0]);
            buf.dict().putStr("value", a[0]);
            return PyNone.NONE;
        });
    }
}
