package dev.interleave.vm;

import dev.interleave.machine.SimProcess;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The subprocess module: Popen, run and their friends are Python (resource subprocess.py, on
 * CPython's messages), over the natives here, which start a command as a simulated process
 * ({@link Commands}) with pipes between it and the program ({@link BytePipe}), and wait for it.
 */
final class SubprocessModule implements NativeModule {

    static final int PIPE = -1;
    static final int STDOUT = -2;
    static final int DEVNULL = -3;
    /** The program's own stdout or stderr given as a command's output (sys.stdout, sys.stderr). */
    static final int PARENT_STDOUT = -4;
    static final int PARENT_STDERR = -5;

    @Override
    public String name() {
        return "subprocess";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("subprocess");
        in.modules().put("subprocess", m);
        try {
            PyDict d = m.dict();
            for (PyBuiltinFunction f : NATIVES) {
                d.putStr(f.name, f);
            }
            LibrarySource.exec(in, m, "subprocess.py");
        } catch (RuntimeException e) {
            in.modules().remove("subprocess");
            throw e;
        }
        return m;
    }

    /**
     * Starts a command: {@code argv} (strings), and for each standard stream None (the program's),
     * PIPE, STDOUT (stderr only), DEVNULL or a pipe end to read from (stdin only). Returns (pid,
     * stdin end, stdout end, stderr end), the program's ends of the new pipes (None where none).
     */
    private static PyObject launch(Interpreter in, PyObject[] a) {
        List<String> argv = new ArrayList<>();
        for (PyObject o : Ops.toArray(in, a[0])) {
            argv.add(Ops.str(in, o));
        }
        if (argv.isEmpty()) {
            throw PyErr.of(Builtins.INDEX_ERROR, "list index out of range");
        }
        if (!Commands.exists(in, argv.get(0))) {
            PyBaseException e = (PyBaseException) in.call(Builtins.FILE_NOT_FOUND_ERROR, PyInt.of(2),
                    PyStr.of("No such file or directory"), PyStr.of(argv.get(0)));
            throw new PyException(e);
        }
        SimProcess self = in.machine().processes().current();
        BytePipe.End[] mine = new BytePipe.End[3];
        SimProcess p = Commands.start(in, argv, child -> {
            Commands.Stream[] io = new Commands.Stream[3];
            String[] names = {"stdin", "stdout", "stderr"};
            for (int i = 0; i < 3; i++) {
                PyObject spec = a[1 + i];
                if (spec instanceof BytePipe.End e) {
                    io[i] = new Commands.Stream(e.pipe.open(child, false), false, false);
                    continue;
                }
                long code = spec == PyNone.NONE ? 0 : ClinicArgs.ssize(in, spec);
                if (code == PIPE) {
                    BytePipe pipe = new BytePipe(in, child.name() + "." + names[i]);
                    mine[i] = pipe.open(self, i == 0);
                    io[i] = new Commands.Stream(pipe.open(child, i != 0), false, false);
                } else if (code == DEVNULL) {
                    io[i] = Commands.Stream.DEVNULL;
                } else if (code == STDOUT && i == 2) {
                    io[i] = io[1];
                } else if (code == PARENT_STDOUT) {
                    io[i] = Commands.Stream.STDOUT;
                } else if (code == PARENT_STDERR) {
                    io[i] = Commands.Stream.STDERR;
                } else {
                    io[i] = i == 2 ? Commands.Stream.STDERR : Commands.Stream.STDOUT;
                }
            }
            return io;
        });
        return PyTuple.of(PyInt.of(p.pid()), orNone(mine[0]), orNone(mine[1]), orNone(mine[2]));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static BytePipe.End end(PyObject o) {
        BytePipe.End e = (BytePipe.End) o;
        if (e.closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
        return e;
    }

    private static SimProcess child(Interpreter in, PyObject pid) {
        return in.machine().processes().byPid(ClinicArgs.ssize(in, pid));
    }

    /** The return code of a command that has ended, reaping it; null while it runs. */
    private static PyObject reap(Interpreter in, SimProcess p) {
        if (p.life() == SimProcess.Life.RUNNING) {
            return PyNone.NONE;
        }
        in.machine().processes().reap(p);
        return PyInt.of(OsModule.exitCode(p.waitStatus()));
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_launch", (in, a, k) -> launch(in, a)),
        Methods.fn("_write", (in, a, k) -> {
            BytePipe.End e = end(a[0]);
            byte[] data = ((PyBytes) a[1]).value;
            if (!e.pipe.write(data)) {
                throw OsModule.osError(in, Builtins.BROKEN_PIPE_ERROR, 32, "Broken pipe");
            }
            return PyInt.of(data.length);
        }),
        Methods.fn("_read", (in, a, k) -> {
            BytePipe.End e = end(a[0]);
            long n = ClinicArgs.ssize(in, a[1]);
            if (n < 0) {
                return new PyBytes(e.pipe.readAll(-1, new ByteArrayOutputStream()));
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            while (got.size() < n) {
                byte[] b = e.pipe.read((int) (n - got.size()), -1);
                if (b.length == 0) {
                    break;
                }
                got.write(b, 0, b.length);
            }
            return new PyBytes(got.toByteArray());
        }),
        Methods.fn("_readline", (in, a, k) -> new PyBytes(end(a[0]).pipe.readline())),
        Methods.fn("_read_until", (in, a, k) -> {
            // what comes before EOF or the timeout: (bytes, reached EOF)
            BytePipe.End e = end(a[0]);
            long timeout = ThreadingModule.timeoutArg(in, a[1]);
            long deadline = timeout < 0 ? -1 : in.machine().now() + timeout;
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] all = e.pipe.readAll(deadline, got);
            return PyTuple.of(new PyBytes(all == null ? got.toByteArray() : all), PyBool.of(all != null));
        }),
        Methods.fn("_close", (in, a, k) -> {
            ((BytePipe.End) a[0]).close();
            return PyNone.NONE;
        }),
        Methods.fn("_closed", (in, a, k) -> PyBool.of(((BytePipe.End) a[0]).closed)),
        Methods.fn("_wait", (in, a, k) -> {
            SimProcess p = child(in, a[0]);
            if (p == null || p.life() == SimProcess.Life.REAPED) {
                throw OsModule.osError(in, Builtins.CHILD_PROCESS_ERROR, 10, "No child processes");
            }
            long timeout = ThreadingModule.timeoutArg(in, a[1]);
            if (timeout != 0) {
                in.machine().processes().waitFor(p, timeout);
            }
            return reap(in, p);
        }),
        Methods.fn("_signal", (in, a, k) -> {
            SimProcess p = child(in, a[0]);
            if (p == null || p.life() != SimProcess.Life.RUNNING) {
                return PyNone.NONE;
            }
            in.machine().processes().signal(p, (int) ClinicArgs.ssize(in, a[1]));
            if (p.life() != SimProcess.Life.RUNNING && p.handle instanceof Commands.Launched l) {
                l.closeAll();
            }
            return PyNone.NONE;
        }),
    };
}
