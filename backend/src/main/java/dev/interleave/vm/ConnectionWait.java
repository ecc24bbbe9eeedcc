package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Waitable;
import java.util.ArrayList;
import java.util.List;

/**
 * multiprocessing.connection.wait over the engine's objects, as the pools' handler threads use
 * it: a multiprocessing queue or a Connection's reading end is ready when an item is in it (the
 * pools never wait for EOF), a process sentinel (its pid) when the process has ended.
 */
final class ConnectionWait {

    private ConnectionWait() {}

    /**
     * The objects of {@code objs} that are ready. With {@code timeoutNs} -1 it waits until one is;
     * otherwise it blocks at most once, that long, and may return an empty list.
     */
    static PyList wait(Interpreter in, PyObject[] objs, long timeoutNs) {
        Machine m = in.machine();
        while (true) {
            PyList ready = ready(in, objs);
            if (ready.size() > 0 || timeoutNs == 0) {
                return ready;
            }
            List<ChannelObject> chans = new ArrayList<>();
            List<SimProcess> procs = new ArrayList<>();
            for (PyObject o : objs) {
                ChannelObject c = channel(in, o);
                if (c != null) {
                    chans.add(c);
                } else if (o instanceof PyInt pid && m.processes().byPid(pid.value) instanceof SimProcess p) {
                    procs.add(p);
                }
            }
            Waitable on = !chans.isEmpty() ? chans.get(0) : !procs.isEmpty() ? procs.get(0) : null;
            if (on == null) {
                return ready;
            }
            SimThread me = m.current();
            for (ChannelObject c : chans) {
                c.waiters.add(me);
            }
            for (SimProcess p : procs) {
                m.processes().wakeOnEnd(p, me);
            }
            try {
                m.block(on, timeoutNs, "wait");
            } finally {
                for (ChannelObject c : chans) {
                    c.waiters.remove(me);
                }
                for (SimProcess p : procs) {
                    p.forget(me);
                }
            }
            if (timeoutNs > 0) {
                return ready(in, objs);
            }
        }
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
        if (o instanceof PyInt) {
            return null;
        }
        if (Attr.getOrNull(in, o, "_chan") instanceof ChannelObject c) {
            return c;
        }
        return Attr.getOrNull(in, o, "_end") instanceof ConnectionObject c ? c.in : null;
    }
}
