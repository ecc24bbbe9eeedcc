package dev.interleave.vm;

/**
 * The concurrent package and concurrent.futures. As in CPython, the futures are pure Python over
 * threading and queue: the resources concurrent/futures/_base.py, thread.py and __init__.py are
 * CPython 3.13's files line for line (tracebacks through them match), with their imports of
 * collections, logging, types, itertools, weakref and os served by the stand-ins of _stdlib.py and
 * a few calls into {@link FuturesTrace} so that pools and futures show in the trace. The natives
 * the stand-ins need (logging's output, the cores, GenericAlias) are here.
 *
 * <p>concurrent.futures.process ({@link Process}) is CPython's process.py on multiprocessing's
 * Process and queues, with the natives of {@link FuturesProcessNatives}.
 */
final class FuturesModule {

    private FuturesModule() {}

    /** The package concurrent: empty until a submodule is imported. */
    static final class Package implements NativeModule {
        @Override
        public String name() {
            return "concurrent";
        }

        @Override
        public PyModule create(Interpreter in) {
            PyModule m = new PyModule("concurrent");
            m.put("__path__", new PyList());
            m.put("__package__", PyStr.of("concurrent"));
            return m;
        }
    }

    /** concurrent.futures: the package's __init__.py. */
    static final class Futures implements NativeModule {
        @Override
        public String name() {
            return "concurrent.futures";
        }

        @Override
        public PyModule create(Interpreter in) {
            return load(in, name(), "__init__.py", false, new PyBuiltinFunction[0]);
        }
    }

    /** concurrent.futures._base: Future, Executor, wait, as_completed and the exceptions. */
    static final class Base implements NativeModule {
        @Override
        public String name() {
            return "concurrent.futures._base";
        }

        @Override
        public PyModule create(Interpreter in) {
            return load(in, name(), "_base.py", true, FuturesTrace.BASE_NATIVES);
        }
    }

    /** concurrent.futures.thread: ThreadPoolExecutor and BrokenThreadPool. */
    static final class Thread implements NativeModule {
        @Override
        public String name() {
            return "concurrent.futures.thread";
        }

        @Override
        public PyModule create(Interpreter in) {
            return load(in, name(), "thread.py", true, FuturesTrace.THREAD_NATIVES);
        }
    }

    /**
     * concurrent.futures.process: ProcessPoolExecutor and BrokenProcessPool. Before process.py,
     * the stand-ins of process_stdlib.py (functools.partial, C in CPython: invisible) and the
     * parts of multiprocessing's queues.py and reduction.py that its call queue's feeder runs
     * are run in its namespace, the latter under those files' names so that tracebacks name
     * CPython's frames.
     */
    static final class Process implements NativeModule {
        @Override
        public String name() {
            return "concurrent.futures.process";
        }

        @Override
        public PyModule create(Interpreter in) {
            PyBuiltinFunction[] natives = new PyBuiltinFunction[FuturesTrace.PROCESS_NATIVES.length
                    + FuturesProcessNatives.NATIVES.length];
            System.arraycopy(FuturesTrace.PROCESS_NATIVES, 0, natives, 0, FuturesTrace.PROCESS_NATIVES.length);
            System.arraycopy(FuturesProcessNatives.NATIVES, 0, natives, FuturesTrace.PROCESS_NATIVES.length,
                    FuturesProcessNatives.NATIVES.length);
            return load(in, name(), "process.py", true, natives, m -> {
                LibrarySource.exec(in, m, "concurrent/futures/process_stdlib.py", true);
                LibrarySource.exec(in, m, "concurrent/futures/process_feed.py",
                        SourceFile.LIBRARY_DIR + "multiprocessing/queues.py");
                LibrarySource.exec(in, m, "concurrent/futures/process_reduction.py",
                        SourceFile.LIBRARY_DIR + "multiprocessing/reduction.py");
            });
        }
    }

    /** logging's last-resort handler: the message, then the traceback of {@code exc} if not None. */
    private static final PyBuiltinFunction LOG_RECORD = Methods.fn("_log_record", (in, a, k) -> {
        StringBuilder sb = new StringBuilder(Ops.str(in, a[0]));
        if (a[1] instanceof PyBaseException e) {
            String tb = TracebackPrinter.format(in, e);
            sb.append('\n').append(tb, 0, tb.endsWith("\n") ? tb.length() - 1 : tb.length());
        }
        in.stderr(sb.append('\n').toString());
        return PyNone.NONE;
    });

    /** os.process_cpu_count(): the simulated machine's cores. */
    private static final PyBuiltinFunction CPU_COUNT = Methods.fn("_cpu_count",
            (in, a, k) -> PyInt.of(in.machine().config().cores()));

    /** types.GenericAlias(origin, args), what Future[int] gives. */
    private static final PyBuiltinFunction GENERIC_ALIAS = Methods.fn("GenericAlias", (in, a, k) -> {
        ClinicArgs.positional("GenericAlias", a, k, 0, 2, 2);
        if (!(a[0] instanceof PyType origin)) {
            throw PyErr.typeError("GenericAlias() argument 1 must be a type");
        }
        return new GenericAlias(origin, a[1]);
    });

    /**
     * Runs resource concurrent/futures/{@code file} as module {@code name}, registered before it
     * runs so that the package and its submodules can import each other as in CPython;
     * {@code before} runs further parts in its namespace first.
     */
    private static PyModule load(Interpreter in, String name, String file, boolean stdlib,
            PyBuiltinFunction[] natives) {
        return load(in, name, file, stdlib, natives, m -> { });
    }

    private static PyModule load(Interpreter in, String name, String file, boolean stdlib,
            PyBuiltinFunction[] natives, java.util.function.Consumer<PyModule> before) {
        PyModule m = new PyModule(name);
        in.modules().put(name, m);
        try {
            m.put("__package__", PyStr.of("concurrent.futures"));
            for (PyBuiltinFunction f : natives) {
                m.put(f.name, f);
            }
            if (stdlib) {
                m.put("_log_record", LOG_RECORD);
                m.put("_cpu_count", CPU_COUNT);
                m.put("_generic_alias", GENERIC_ALIAS);
                LibrarySource.exec(in, m, "concurrent/futures/_stdlib.py");
            }
            before.accept(m);
            LibrarySource.exec(in, m, "concurrent/futures/" + file);
        } catch (RuntimeException e) {
            in.modules().remove(name);
            throw e;
        }
        return m;
    }
}
