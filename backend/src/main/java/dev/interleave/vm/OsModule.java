package dev.interleave.vm;

import dev.interleave.machine.SimProcess;

/**
 * The os module's process functions over the machine's process table: getpid, getppid,
 * cpu_count, kill (a signal's default action), wait, waitpid and the wait-status macros, _exit.
 */
final class OsModule implements NativeModule {

    static final int WNOHANG = 1;

    @Override
    public String name() {
        return "os";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("os");
        PyDict d = m.dict();
        d.putStr("name", PyStr.of("posix"));
        d.putStr("sep", PyStr.of("/"));
        d.putStr("linesep", PyStr.of("\n"));
        d.putStr("WNOHANG", PyInt.of(WNOHANG));
        d.putStr("error", Builtins.OS_ERROR);
        for (PyBuiltinFunction[] natives : new PyBuiltinFunction[][] {NATIVES, OsPipes.NATIVES}) {
            for (PyBuiltinFunction f : natives) {
                d.putStr(f.name, f);
            }
        }
        d.putStr("fork", OsFork.FORK);
        return m;
    }

    /** multiprocessing's exit code for a wait status: the code, or -N after signal N. */
    static int exitCode(int status) {
        int sig = status & 0x7F;
        return sig != 0 ? -sig : (status >> 8) & 0xFF;
    }

    static PyException osError(Interpreter in, PyType type, int errno, String message) {
        return new PyException((PyBaseException) in.call(type, PyInt.of(errno), PyStr.of(message)));
    }

    /** os.kill: the signal's default action (terminate) on the process with that pid. */
    static void kill(Interpreter in, PyObject pidArg, PyObject sigArg) {
        long pid = ClinicArgs.ssize(in, pidArg);
        long sig = ClinicArgs.ssize(in, sigArg);
        SimProcess p = in.machine().processes().byPid(pid);
        if (p == null || p.life() == SimProcess.Life.REAPED) {
            throw osError(in, Builtins.PROCESS_LOOKUP_ERROR, 3, "No such process");
        }
        if (sig < 0 || sig > 64) {
            throw osError(in, Builtins.OS_ERROR, 22, "Invalid argument");
        }
        if (sig == 0 || p.life() != SimProcess.Life.RUNNING) {
            return;
        }
        in.machine().processes().signal(p, (int) sig);
    }

    private static int status(Interpreter in, PyObject o) {
        return (int) ClinicArgs.ssize(in, o);
    }

    /** waitpid: a child that has ended (any child for -1, 0 or -PGID), reaped; (0, 0) with WNOHANG when none. */
    private static PyObject waitpid(Interpreter in, long pid, long options) {
        var procs = in.machine().processes();
        SimProcess self = procs.current();
        while (true) {
            SimProcess found = null;
            java.util.List<SimProcess> running = new java.util.ArrayList<>();
            for (SimProcess c : self.children()) {
                if (pid > 0 && c.pid() != pid) { // 0, -1, -PGID: any child (one process group here)
                    continue;
                }
                if (c.life() == SimProcess.Life.ZOMBIE) {
                    found = c;
                    break;
                }
                if (c.life() == SimProcess.Life.RUNNING) {
                    running.add(c);
                }
            }
            if (found != null) {
                procs.reap(found);
                return PyTuple.of(PyInt.of(found.pid()), PyInt.of(found.waitStatus()));
            }
            if (running.isEmpty()) {
                throw osError(in, Builtins.CHILD_PROCESS_ERROR, 10, "No child processes");
            }
            if ((options & WNOHANG) != 0) {
                return PyTuple.of(PyInt.of(0), PyInt.of(0));
            }
            procs.waitForAny(running);
        }
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("getpid", (in, a, k) -> {
            ClinicArgs.none("getpid", a, k, 0);
            return PyInt.of(in.machine().processes().current().pid());
        }),
        Methods.fn("getppid", (in, a, k) -> {
            ClinicArgs.none("getppid", a, k, 0);
            return PyInt.of(in.machine().processes().current().ppid());
        }),
        Methods.fn("cpu_count", (in, a, k) -> {
            ClinicArgs.none("cpu_count", a, k, 0);
            return PyInt.of(in.machine().config().cores());
        }),
        Methods.fn("process_cpu_count", (in, a, k) -> {
            ClinicArgs.none("process_cpu_count", a, k, 0);
            return PyInt.of(in.machine().config().cores());
        }),
        Methods.fn("kill", (in, a, k) -> {
            ClinicArgs.positional("kill", a, k, 0, 2, 2);
            kill(in, a[0], a[1]);
            return PyNone.NONE;
        }),
        Methods.fn("waitpid", (in, a, k) -> {
            ClinicArgs.positional("waitpid", a, k, 0, 2, 2);
            return waitpid(in, ClinicArgs.ssize(in, a[0]), ClinicArgs.ssize(in, a[1]));
        }),
        Methods.fn("wait", (in, a, k) -> {
            ClinicArgs.none("wait", a, k, 0);
            return waitpid(in, -1, 0);
        }),
        Methods.fn("_exit", (in, a, k) -> {
            PyObject code = ClinicArgs.one("_exit", a, k, 0);
            throw new ProcessExit((int) ClinicArgs.ssize(in, code));
        }),
        Methods.fn("WIFEXITED", (in, a, k) -> PyBool.of((status(in, ClinicArgs.one("WIFEXITED", a, k, 0)) & 0x7F) == 0)),
        Methods.fn("WEXITSTATUS", (in, a, k) -> PyInt.of((status(in, ClinicArgs.one("WEXITSTATUS", a, k, 0)) >> 8) & 0xFF)),
        Methods.fn("WIFSIGNALED", (in, a, k) -> {
            int s = status(in, ClinicArgs.one("WIFSIGNALED", a, k, 0)) & 0x7F;
            return PyBool.of(s != 0 && s != 0x7F);
        }),
        Methods.fn("WTERMSIG", (in, a, k) -> PyInt.of(status(in, ClinicArgs.one("WTERMSIG", a, k, 0)) & 0x7F)),
        Methods.fn("popen", (in, a, k) -> {
            // os.popen is subprocess.Popen(cmd, shell=True, text=True) behind a _wrap_close
            PyObject f = in.importModule("subprocess").dict().getStr("_os_popen");
            return in.call(f, a, k);
        }),
        Methods.fn("waitstatus_to_exitcode", (in, a, k) ->
                PyInt.of(exitCode(status(in, ClinicArgs.one("waitstatus_to_exitcode", a, k, 0))))),
    };
}
