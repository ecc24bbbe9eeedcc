package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Waitable;
import java.util.ArrayList;
import java.util.List;

/**
 * A synchronisation object of the threading and queue modules: named in the trace header
 * (after the variable it is assigned to, when there is one) and with a FIFO of waiting threads.
 */
abstract class SyncObject extends PyObject implements Waitable {

    final Machine machine;
    /** Its trace entity; a fork gives the child's copy an entity of its own. */
    int traceId;
    final String name;
    private final PyType type;
    private PyDict dict;
    /** Threads blocked on it, in arrival order. */
    final List<SimThread> waiters = new ArrayList<>();

    SyncObject(Interpreter in, PyType type, String kind, Object... facts) {
        this(in, type, kind, Naming.assignedName(in.currentThread(), kind), facts);
    }

    /** With its name given (multiprocessing's objects take the one the program assigns them to). */
    SyncObject(Interpreter in, PyType type, String kind, String name, Object[] facts) {
        this.machine = in.machine();
        this.type = type;
        ThreadState ts = in.currentThread();
        this.name = name;
        this.traceId = machine.newObject(kind, name, ts.userLine(), facts);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && !type.isBuiltin()) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public int traceId() {
        return traceId;
    }

    @Override
    public void forget(SimThread waiter) {
        waiters.remove(waiter);
    }

    SimThread me() {
        return machine.current();
    }

    /** How many waiter ids an event lists at most (the trace also says how many wait: "waiting"). */
    static final int LISTED_WAITERS = 16;

    /**
     * The first waiters' thread ids, for event details: at most {@link #LISTED_WAITERS}, so that a
     * crowd of waiters does not make every event as long as the crowd.
     */
    List<Integer> waiterIds() {
        int n = Math.min(waiters.size(), LISTED_WAITERS);
        List<Integer> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(waiters.get(i).id());
        }
        return ids;
    }

    /** Blocks until woken or the deadline (ns of virtual time, negative: none); true when woken. */
    boolean waitUntil(long deadline, String reason) {
        long remaining = deadline < 0 ? -1 : Math.max(0, deadline - machine.now());
        return machine.block(this, remaining, reason);
    }

    long deadline(long timeoutNs) {
        return timeoutNs < 0 ? -1 : machine.now() + timeoutNs;
    }
}
