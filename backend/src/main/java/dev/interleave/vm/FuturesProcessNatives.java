package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/**
 * The natives concurrent.futures.process (a ProcessPoolExecutor) needs beyond multiprocessing's:
 * the manager thread's wait on several things at once (multiprocessing.connection.wait over the
 * result queue, the wake-up pipe and the workers' sentinels), traceback.format_exception, and
 * the pickler's dump that the queues' pickling check calls (process_reduction.py). The trace natives are in {@link FuturesTrace}.
 */
final class FuturesProcessNatives {

    private FuturesProcessNatives() {}

    static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_wait", (in, a, k) -> waitAny(in, a[0])),
        Methods.fn("_format_exception", (in, a, k) -> {
            if (!(a[0] instanceof PyBaseException e)) {
                throw PyErr.typeError("format_exception() argument must be an exception");
            }
            return PyStr.of(TracebackPrinter.format(in, e));
        }),
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

    /**
     * multiprocessing.connection.wait(objects) without a timeout: the objects that are ready,
     * blocking until one is. An object is a multiprocessing SimpleQueue or Queue, or a
     * Connection's reading end (ready when an item is in it; the pool never waits for EOF), or a process sentinel, its pid (ready when
     * the process has ended).
     */
    private static PyObject waitAny(Interpreter in, PyObject objects) {
        if (!(objects instanceof PyList list)) {
            throw PyErr.typeError("wait() takes a list of objects");
        }
        List<PyObject> objs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            objs.add(list.get(i));
        }
        Machine machine = in.machine();
        while (true) {
            PyList ready = new PyList();
            List<ChannelObject> channels = new ArrayList<>();
            List<SimProcess> processes = new ArrayList<>();
            for (PyObject o : objs) {
                if (o instanceof PyInt pid) {
                    SimProcess p = machine.processes().byPid(ClinicArgs.ssize(in, pid));
                    if (p == null || p.life() != SimProcess.Life.RUNNING) {
                        ready.append(o);
                    } else {
                        processes.add(p);
                    }
                    continue;
                }
                ChannelObject ch = channel(in, o);
                if (ch.size() > 0) {
                    ready.append(o);
                } else {
                    channels.add(ch);
                }
            }
            if (ready.size() > 0 || channels.isEmpty() && processes.isEmpty()) {
                return ready;
            }
            SimThread me = machine.current();
            for (ChannelObject ch : channels) {
                ch.waiters.add(me);
            }
            for (SimProcess p : processes) {
                machine.processes().wakeOnEnd(p, me);
            }
            machine.block(channels.isEmpty() ? processes.get(0) : channels.get(0), -1, "wait");
            for (ChannelObject ch : channels) {
                ch.waiters.remove(me);
            }
            for (SimProcess p : processes) {
                p.forget(me);
            }
        }
    }

    /** The channel a queue or a pipe's reading end reads from. */
    private static ChannelObject channel(Interpreter in, PyObject o) {
        PyObject ch = Attr.getOrNull(in, o, "_chan");
        if (ch instanceof ChannelObject c) {
            return c;
        }
        PyObject end = Attr.getOrNull(in, o, "_end");
        if (end instanceof ConnectionObject conn && conn.in != null) {
            return conn.in;
        }
        throw PyErr.typeError("wait() cannot wait on " + o.type().name() + " object");
    }
}
