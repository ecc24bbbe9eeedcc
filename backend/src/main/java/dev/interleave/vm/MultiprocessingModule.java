package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;

/**
 * The multiprocessing module: Process and its friends are Python (resource
 * multiprocessing/process.py, on CPython's line numbers), over the natives here, which start
 * simulated processes on the machine: fork copies the parent's memory ({@link ObjectCopier}),
 * spawn starts a fresh interpreter that runs the main module again as {@code __mp_main__}.
 */
final class MultiprocessingModule implements NativeModule {

    @Override
    public String name() {
        return "multiprocessing";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("multiprocessing");
        in.modules().put("multiprocessing", m);
        try {
            PyDict d = m.dict();
            for (PyBuiltinFunction f : NATIVES) {
                d.putStr(f.name, f);
            }
            d.putStr("SEM_VALUE_MAX", PyInt.of(SemLockObject.SEM_VALUE_MAX));
            for (String file : FILES) {
                LibrarySource.exec(in, m, "multiprocessing/" + file);
            }
            LibrarySource.exec(in, m, "multiprocessing/runpy.py", "<frozen runpy>");
            for (String sub : new String[] {"spawn", "process", "context", "queues", "synchronize", "connection",
                "sharedctypes", "reduction"}) {
                in.modules().put("multiprocessing." + sub, m);
            }
        } catch (RuntimeException e) {
            in.modules().remove("multiprocessing");
            throw e;
        }
        // multiprocessing/__init__.py: a spawned child's __mp_main__ objects unpickle here as __main__'s
        PyModule main = in.modules().get("__main__");
        if (main != null && in.modules().get("__mp_main__") == null) {
            in.modules().put("__mp_main__", main);
        }
        // multiprocessing.util._exit_function, registered with atexit on import
        in.atExit(() -> in.call(m.dict().getStr("_exit_function")));
        return m;
    }

    /** The Python files of the module, in order; each keeps its CPython file name for tracebacks. */
    private static final String[] FILES = {"process.py", "synchronize.py", "queues.py", "reduction.py", "connection.py",
        "sharedctypes.py", "finalizers.py", "context.py", "popen_fork.py", "popen_spawn_posix.py", "spawn.py"};

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_getpid", (in, a, k) -> PyInt.of(in.machine().processes().current().pid())),
        Methods.fn("_getppid", (in, a, k) -> PyInt.of(in.machine().processes().current().ppid())),
        Methods.fn("_default_start_method", (in, a, k) -> PyStr.of(in.startMethod())),
        Methods.fn("_cpu_count", (in, a, k) -> PyInt.of(in.machine().config().cores())),
        Methods.fn("_stderr", (in, a, k) -> {
            in.stderr(Ops.str(in, a[0]));
            return PyNone.NONE;
        }),
        Methods.fn("_print_exc", (in, a, k) -> {
            PyBaseException e = in.currentThread().handled();
            if (e != null) {
                in.stderr(TracebackPrinter.format(in, e));
            }
            return PyNone.NONE;
        }),
        Methods.fn("_start", (in, a, k) -> PyInt.of(ProcessStart.start(in, a[0], Ops.str(in, a[1]), a[2]).pid())),
        Methods.fn("_pickle", (in, a, k) -> Spawn.pickle(in, a[0])),
        Methods.fn("_weak_registry", (in, a, k) -> new WeakRegistry()),
        Methods.fn("_pickle_buffer", (in, a, k) -> new PickleBuffer()),
        Methods.fn("_semlock_new", (in, a, k) -> {
            String kind = Ops.str(in, a[3]);
            long value = ClinicArgs.ssize(in, a[1]);
            if (value < 0) {
                throw OsModule.osError(in, Builtins.OS_ERROR, 22, "Invalid argument");
            }
            return new SemLockObject(in, (int) ClinicArgs.ssize(in, a[0]), (int) Math.min(value, Integer.MAX_VALUE),
                    (int) Math.min(ClinicArgs.ssize(in, a[2]), Integer.MAX_VALUE), kind);
        }),
        Methods.fn("_channel_new", (in, a, k) -> new ChannelObject(in, (int) Math.min(ClinicArgs.ssize(in, a[0]),
                Integer.MAX_VALUE), Ops.str(in, a[1]), null)),
        Methods.fn("_pipe_new", (in, a, k) -> {
            boolean duplex = Ops.truthy(in, a[0]);
            // optional names of the two directions (a manager's connections name theirs)
            String abName = a.length > 1 && a[1] != PyNone.NONE ? Ops.str(in, a[1]) : null;
            String baName = a.length > 2 && a[2] != PyNone.NONE ? Ops.str(in, a[2]) : null;
            ChannelObject ab = new ChannelObject(in, Integer.MAX_VALUE, "pipe", abName);
            ChannelObject ba = duplex ? new ChannelObject(in, Integer.MAX_VALUE, "pipe", baName) : null;
            ConnectionObject c1 = new ConnectionObject(in, ab, ba);
            ConnectionObject c2 = new ConnectionObject(in, ba, ab);
            return PyTuple.of(c1, c2);
        }),
        Methods.fn("_shared_new", (in, a, k) -> {
            String tc = Ops.str(in, a[0]);
            if (tc.length() != 1 || SharedArrayObject.ctype(tc.charAt(0)) == null) {
                throw PyErr.typeError("this type has no size");
            }
            long n = ClinicArgs.ssize(in, a[1]);
            if (n < 0) {
                throw PyErr.valueError("Array length must be >= 0, not " + n);
            }
            return new SharedArrayObject(in, tc.charAt(0), (int) n, Ops.str(in, a[2]));
        }),
        Methods.fn("_ctype", (in, a, k) -> {
            String tc = Ops.str(in, a[0]);
            String name = tc.length() == 1 ? SharedArrayObject.ctype(tc.charAt(0)) : null;
            return name == null ? PyNone.NONE : PyStr.of(name);
        }),
        Methods.fn("_receive", (in, a, k) -> Spawn.receive(in, in.machine().processes().current())),
        Methods.fn("_preparation_data", (in, a, k) -> Spawn.preparation(in.machine().processes().current())),
        Methods.fn("_main_path", (in, a, k) -> PyStr.of(in.mainCode().source.name())),
        Methods.fn("_new_main_globals", (in, a, k) -> Spawn.newMainGlobals(in, Ops.str(in, a[0]), a[1])),
        Methods.fn("_exec_main", (in, a, k) -> {
            Spawn.execMain(in, (PyDict) a[1]);
            return PyNone.NONE;
        }),
        Methods.fn("_poll", (in, a, k) -> {
            SimProcess p = child(in, a[0]);
            if (Ops.truthy(in, a[1])) {
                in.machine().processes().waitFor(p, ThreadingModule.timeoutArg(in, a[2]));
            }
            if (p.life() != SimProcess.Life.ZOMBIE) {
                // still running, or reaped by someone else (os.waitpid): CPython's poll sees ECHILD
                return PyNone.NONE;
            }
            in.machine().processes().reap(p);
            return PyInt.of(OsModule.exitCode(p.waitStatus()));
        }),
        Methods.fn("_signal", (in, a, k) -> {
            OsModule.kill(in, a[0], a[1]);
            return PyNone.NONE;
        }),
        Methods.fn("_wait_parent", (in, a, k) -> {
            SimProcess p = in.machine().processes().byPid(ClinicArgs.ssize(in, a[0]));
            if (p != null) {
                in.machine().processes().waitFor(p, ThreadingModule.timeoutArg(in, a[1]));
            }
            return PyNone.NONE;
        }),
    };

    /** The process with pid {@code pid}, a child of the running one. */
    private static SimProcess child(Interpreter in, PyObject pid) {
        SimProcess p = in.machine().processes().byPid(ClinicArgs.ssize(in, pid));
        if (p == null) {
            throw OsModule.osError(in, Builtins.CHILD_PROCESS_ERROR, 10, "No child processes");
        }
        return p;
    }

    /** Starting a child process by fork or spawn. */
    static final class ProcessStart {
        private ProcessStart() {}

        static SimProcess start(Interpreter in, PyObject processObj, String method, PyObject prep) {
            Machine m = in.machine();
            SimThread forker = m.current();
            boolean spawn = method.equals("spawn");
            if (spawn) {
                Spawn.Pickled pk = (Spawn.Pickled) processObj;
                pk.prep = new ObjectCopier().copy(prep);
                Interpreter child = in.spawnChild();
                SimProcess p = m.processes().create(pk.name, child, child.mainThread(), method);
                p.handle = pk;
                m.processes().start(p, true, () -> {
                    try {
                        return run(child, null);
                    } finally {
                        pk.arrived();
                    }
                });
                return p;
            }
            String name = Ops.str(in, Attr.get(in, processObj, "_name"));
            in.flushOutput(); // popen_fork flushes sys.stdout and sys.stderr before it forks
            Interpreter child = in.forkChild();
            SimProcess p = m.processes().create(name, child, child.mainThread(), method);
            PyObject target;
            {
                ObjectCopier c = new ObjectCopier().map(in.currentThread(), child.mainThread())
                        .map(forker, p.mainThread());
                in.copyInto(child, c);
                target = c.copy(processObj);
                Spawn.adopt(child, c, p);
                FdTable.of(child).adopt(p);
                if (forker.handle != null) {
                    p.mainThread().handle = c.copy(forker.handle);
                }
            }
            m.processes().start(p, spawn, () -> run(child, target));
            return p;
        }

        /**
         * The child's main thread: process_obj._bootstrap() after a fork, spawn_main() after a
         * spawn; the result is the wait status.
         */
        private static int run(Interpreter child, PyObject target) {
            int code;
            try {
                if (target == null) {
                    code = Spawn.boot(child);
                } else {
                    PyObject r = child.callMethod(target, "_bootstrap");
                    code = r instanceof PyInt i && !i.isBig() ? (int) i.value : 1;
                }
                // the end of _bootstrap: threading._shutdown(), then util._flush_std_streams()
                child.machine().processes().awaitThreads();
                child.flushOutput();
            } catch (ProcessExit e) {
                child.stdoutBuffer().discard();
                code = e.code;
            } catch (PyException e) {
                code = ExitStatus.of(child, e.exc);
                child.machine().processes().awaitThreads();
                child.flushOutput();
            } finally {
                FdTable.of(child).closeAll();
                // ended, or killed by a signal (the thread unwinds): its pipe ends close
                ConnectionObject.closeAll(child);
            }
            return (code & 0xFF) << 8;
        }
    }
}
