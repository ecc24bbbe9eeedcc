package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Waitable;
import java.util.ArrayList;
import java.util.List;

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
        Methods.fn("_format_exception", (in, a, k) -> PyStr.of(TracebackPrinter.format(in, (PyBaseException) a[0]))),
        Methods.fn("_PoolTrace", (in, a, k) -> new PoolTrace(in, a[0], a[1], a[2])),
        Methods.fn("_note_job", (in, a, k) -> {
            PoolTrace.jobLines(in).put(ClinicArgs.ssize(in, a[0]), in.currentThread().userLine());
            return PyNone.NONE;
        }),
        Methods.fn("wait", (in, a, k) -> wait(in, a[0], k != null && k.length > 0 ? a[a.length - 1]
                : a.length > 1 ? a[1] : PyNone.NONE)),
    };

    /**
     * multiprocessing.connection.wait as the worker handler uses it: the objects of
     * {@code objects} that are ready (a connection or a multiprocessing queue's channel with an
     * item, the pid of a process that has ended), waiting until one is or the timeout passes.
     */
    private static PyObject wait(Interpreter in, PyObject objects, PyObject timeoutArg) {
        PyObject[] objs = Ops.toArray(in, objects);
        long timeout = ThreadingModule.timeoutArg(in, timeoutArg);
        PyList ready = ready(in, objs);
        if (ready.size() > 0 || timeout == 0) {
            return ready;
        }
        Machine m = in.machine();
        SimThread me = m.current();
        List<ChannelObject> chans = new ArrayList<>();
        List<SimProcess> procs = new ArrayList<>();
        for (PyObject o : objs) {
            ChannelObject c = channel(in, o);
            if (c != null) {
                chans.add(c);
            } else if (o instanceof PyInt pid) {
                SimProcess p = m.processes().byPid(pid.value);
                if (p != null) {
                    procs.add(p);
                }
            }
        }
        Waitable on = !chans.isEmpty() ? chans.get(0) : !procs.isEmpty() ? procs.get(0) : null;
        if (on == null) {
            return ready;
        }
        for (ChannelObject c : chans) {
            c.waiters.add(me);
        }
        for (SimProcess p : procs) {
            m.processes().wakeOnEnd(p, me);
        }
        try {
            m.block(on, timeout, "wait");
        } finally {
            for (ChannelObject c : chans) {
                c.waiters.remove(me);
            }
            for (SimProcess p : procs) {
                p.forget(me);
            }
        }
        return ready(in, objs);
    }

    private static PyList ready(Interpreter in, PyObject[] objs) {
        PyList ready = new PyList();
        for (PyObject o : objs) {
            ChannelObject c = channel(in, o);
            boolean isReady;
            if (c != null) {
                isReady = c.size() > 0;
            } else if (o instanceof PyInt pid) {
                SimProcess p = in.machine().processes().byPid(pid.value);
                isReady = p == null || p.life() != SimProcess.Life.RUNNING;
            } else {
                throw PyErr.typeError("wait() cannot wait for " + o.type().name() + " objects");
            }
            if (isReady) {
                ready.append(o);
            }
        }
        return ready;
    }

    /** The channel a wait reads: a queue's own, or the one a Connection reads from; else null. */
    private static ChannelObject channel(Interpreter in, PyObject o) {
        if (o instanceof ChannelObject c) {
            return c;
        }
        if (o instanceof ConnectionObject c) {
            return c.in;
        }
        PyObject end = o instanceof PyInt ? null : Attr.getOrNull(in, o, "_end");
        return end instanceof ConnectionObject c ? c.in : null;
    }
}
