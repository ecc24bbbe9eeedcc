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
    /** Its entity id in the trace; -1 until it is announced (see {@link #announce}). */
    int traceId = -1;
    final String name;
    private final String kind;
    private final int line;
    private final PyType type;
    private PyDict dict;
    /** Threads blocked on it, in arrival order. */
    final List<SimThread> waiters = new ArrayList<>();

    SyncObject(Interpreter in, PyType type, String kind, Object... facts) {
        this(in, type, kind, LATER);
        announce(facts);
    }

    /** Given instead of facts: the object is in the trace once {@link #announce} is called. */
    static final class Later {
        private Later() {}
    }

    static final Later LATER = new Later();

    /**
     * Names it after the variable it is being assigned to, but announces it to the trace only
     * when {@link #announce} is called: for the kinds whose header facts (a semaphore's initial
     * value, a barrier's parties) only {@code __init__} knows, so that a live view hears them
     * right.
     */
    SyncObject(Interpreter in, PyType type, String kind, Later later) {
        this(in, type, kind, later, null);
    }

    /**
     * As {@link #SyncObject(Interpreter, PyType, String, Later)}, named {@code name} when it is
     * not null: an object another one makes for itself (a condition's own lock) is named after it.
     */
    SyncObject(Interpreter in, PyType type, String kind, Later later, String name) {
        this.machine = in.machine();
        this.type = type;
        this.kind = kind;
        ThreadState ts = in.currentThread();
        this.name = name != null ? name : Naming.assignedName(ts, kind);
        this.line = ts.userLine();
    }

    /** With its name given (multiprocessing's objects take the one the program assigns them to). */
    SyncObject(Interpreter in, PyType type, String kind, String name, Object[] facts) {
        this(in, type, kind, LATER, name);
        announce(facts);
    }

    /** Puts it in the trace header with {@code facts}, the first time only. */
    final void announce(Object... facts) {
        if (traceId < 0) {
            traceId = machine.newObject(kind, name, line, facts);
        }
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
