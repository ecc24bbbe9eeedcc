package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import dev.interleave.vm.ThreadingPy;
import java.util.ArrayList;
import java.util.List;

/**
 * threading.Barrier, the cyclic state machine of CPython 3.13's threading.py: filling (0),
 * draining (1), resetting (-1) and broken (-2). The last of {@code parties} arrivals runs the
 * action and releases the others; new arrivals wait while the barrier drains or resets. One FIFO
 * of waiting threads stands for the barrier's Condition: every notify_all wakes all of them and
 * each checks the state again, as threading.py's while loops do.
 *
 * <p>threading.py holds the Condition's lock while the action runs, so threads calling wait,
 * reset or abort meanwhile (and waiters woken or timed out then) wait for the action to end;
 * that lock is modelled too ({@link #runner}). Nothing else here blocks while holding it.
 */
final class BarrierObject extends SyncObject {

    static final PyType TYPE = new PyType("Barrier", Builtins.OBJECT, true);
    static final PyType BROKEN_BARRIER_ERROR = new PyType("BrokenBarrierError", Builtins.RUNTIME_ERROR, true);

    static final int FILLING = 0;
    static final int DRAINING = 1;
    static final int RESETTING = -1;
    static final int BROKEN = -2;
    private static final PyInt ONE = PyInt.of(1);

    /** The parties as the trace shows them (set by __init__). */
    private Object traceParties;
    private boolean initialized;
    PyObject parties = ONE;
    PyObject action = PyNone.NONE;
    /** The default timeout of wait(); null for None. */
    PyObject timeout;
    int state = FILLING;
    int count;
    /** Trips so far: the generation the filling threads belong to. */
    int generation;
    /** The thread running the action, which holds the Condition's lock meanwhile; else null. */
    private SimThread runner;
    /** Threads waiting for that lock, in arrival order. */
    private final List<SimThread> lockWaiters = new ArrayList<>();

    private BarrierObject(Interpreter in, PyType type) {
        super(in, type, "barrier", LATER);
    }

    @Override
    public String describe() {
        return "Barrier " + name;
    }

    @Override
    public SimThread holder() {
        return runner;
    }

    @Override
    public void forget(SimThread waiter) {
        waiters.remove(waiter);
        lockWaiters.remove(waiter);
    }

    void init(Interpreter in, PyObject parties, PyObject action, PyObject timeout) {
        boolean tooFew;
        try {
            tooFew = Compare.lt(in, parties, ONE);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, "Barrier.__init__", 692, "parties < 1");
        }
        if (tooFew) {
            throw ThreadingPy.frame(PyErr.valueError("parties must be > 0"), "Barrier.__init__", 693,
                    "raise ValueError(\"parties must be > 0\")");
        }
        this.action = action;
        this.timeout = timeout;
        this.parties = parties;
        state = FILLING;
        count = 0;
        initialized = true;
        traceParties = SemaphoreObject.traceValue(in, parties);
        announce("parties", traceParties);
    }

    private void need(String attr) {
        if (!initialized) {
            throw PyErr.attributeError(this, attr);
        }
    }

    private static PyException broken() {
        return PyErr.ofNoArgs(BROKEN_BARRIER_ERROR);
    }

    // ---- the Condition's lock and wait ----

    /** Takes the Condition's lock: waits while a thread runs the action. */
    private void lock() {
        while (runner != null) {
            lockWaiters.add(me());
            waitUntil(-1, "lock");
        }
    }

    /** The action ended: the lock is free again; the threads that wanted it compete for it. */
    private void unlock() {
        runner = null;
        List<SimThread> woke = new ArrayList<>(lockWaiters);
        lockWaiters.clear();
        for (SimThread t : woke) {
            machine.wake(t);
        }
    }

    /** Condition.wait: until notified or the deadline (-1: none), then takes the lock again. */
    private void condWait(long deadline) {
        waiters.add(me());
        waitUntil(deadline, "wait");
        lock();
    }

    /** Condition.notify_all: wakes every waiter; returns their ids. */
    private List<Integer> wakeAll() {
        List<SimThread> woke = new ArrayList<>(waiters);
        waiters.clear();
        List<Integer> ids = new ArrayList<>(woke.size());
        for (SimThread t : woke) {
            ids.add(t.id());
            machine.wake(t);
        }
        return ids;
    }

    // ---- threading.py's Barrier ----

    /** wait(timeout): the arrival index. */
    int await(Interpreter in, PyObject timeoutArg) {
        PyObject t = timeoutArg;
        if (t == null) {
            need("_timeout");
            t = timeout;
        }
        need("_cond");
        lock();
        while (state == RESETTING || state == DRAINING) { // _enter: block while the barrier drains
            condWait(-1);
        }
        if (state < 0) {
            throw ThreadingPy.frame(ThreadingPy.frame(broken(), "Barrier._enter", 744, "raise BrokenBarrierError"),
                    "Barrier.wait", 720, "self._enter()");
        }
        int index = count++;
        machine.emit("barrier.wait", traceId, "count", count, "parties", traceParties, "generation", generation,
                "index", index, "waiters", waiterIds());
        try {
            if (isLast(in, index)) {
                try {
                    release(in);
                } catch (PyException e) {
                    throw ThreadingPy.frame(e, "Barrier.wait", 726, "self._release()");
                }
            } else {
                try {
                    waitReleased(in, t);
                } catch (PyException e) {
                    throw ThreadingPy.frame(e, "Barrier.wait", 729, "self._wait(timeout)");
                }
            }
        } catch (PyException e) {
            leave();
            throw e;
        }
        leave();
        return index;
    }

    private boolean isLast(Interpreter in, int index) {
        if (parties instanceof PyInt p && p.getClass() == PyInt.class) {
            return !p.isBig() && p.value == index + 1L;
        }
        try {
            return Compare.eq(in, PyInt.of(index + 1L), parties);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, "Barrier.wait", 724, "index + 1 == self._parties");
        }
    }

    /** _release: the last arrival runs the action (holding the lock), then lets everyone go. */
    private void release(Interpreter in) {
        runner = me();
        try {
            boolean act;
            try {
                act = Ops.truthy(in, action);
            } catch (PyException e) {
                throw ThreadingPy.frame(e, "Barrier._release", 751, "self._action");
            }
            if (act) {
                try {
                    in.call(action);
                } catch (PyException e) {
                    throw ThreadingPy.frame(e, "Barrier._release", 752, "self._action()");
                }
            }
        } catch (PyException e) {
            unlock();
            breakBarrier("action");
            throw e;
        }
        unlock();
        state = DRAINING;
        int trip = generation++;
        List<Integer> woke = wakeAll();
        machine.emit("barrier.trip", traceId, "generation", trip, "count", count, "woke", woke);
    }

    /** _wait: Condition.wait_for(lambda: state != 0, timeout); running out breaks the barrier. */
    private void waitReleased(Interpreter in, PyObject t) {
        long deadline = -1;
        boolean first = true;
        while (state == FILLING) {
            if (t != null) {
                if (first) {
                    double secs;
                    try {
                        secs = SemaphoreObject.seconds(in, t);
                    } catch (PyException e) {
                        throw ThreadingPy.frame(ThreadingPy.frame(e, "Condition.wait_for", 389, "_time() + waittime"),
                                "Barrier._wait", 764, "self._cond.wait_for(lambda : self._state != 0, timeout)");
                    }
                    if (!(secs > 0)) { // Condition.wait(<= 0) does not block; then the time is up
                        break;
                    }
                    deadline = SemaphoreObject.deadlineFor(this, secs);
                } else if (deadline >= 0 && machine.now() >= deadline) {
                    break;
                }
            }
            first = false;
            condWait(deadline);
        }
        if (state == FILLING) {
            breakBarrier("timeout");
            throw ThreadingPy.frame(broken(), "Barrier._wait", 767, "raise BrokenBarrierError");
        }
        if (state < 0) {
            throw ThreadingPy.frame(broken(), "Barrier._wait", 769, "raise BrokenBarrierError");
        }
    }

    /** _exit, after each wait: the last thread out ends the draining or resetting. */
    private void leave() {
        count--;
        if (count == 0 && (state == RESETTING || state == DRAINING)) {
            state = FILLING;
            List<Integer> woke = wakeAll();
            machine.emit("barrier.drained", traceId, "generation", generation, "count", count, "woke", woke);
        }
    }

    void reset() {
        need("_cond");
        lock();
        if (count > 0) {
            if (state == FILLING || state == BROKEN) {
                state = RESETTING;
            }
        } else {
            state = FILLING;
        }
        List<Integer> woke = wakeAll();
        machine.emit("barrier.reset", traceId, "generation", generation, "count", count, "woke", woke,
                "state", stateName());
    }

    void abort() {
        need("_cond");
        lock();
        state = BROKEN;
        List<Integer> woke = wakeAll();
        machine.emit("barrier.abort", traceId, "generation", generation, "count", count, "woke", woke);
    }

    /** _break: broken until reset, every waiter woken (to raise BrokenBarrierError). */
    private void breakBarrier(String cause) {
        state = BROKEN;
        List<Integer> woke = wakeAll();
        machine.emit("barrier.broken", traceId, "generation", generation, "count", count, "woke", woke,
                "cause", cause);
    }

    private String stateName() {
        return switch (state) {
            case FILLING -> "filling";
            case DRAINING -> "draining";
            case RESETTING -> "resetting";
            default -> "broken";
        };
    }

    int nWaiting() {
        need("_state");
        return state == FILLING ? count : 0;
    }

    boolean isBroken() {
        need("_state");
        return state == BROKEN;
    }

    // ---- the Python side ----

    static {
        TYPE.setModule("threading");
        BROKEN_BARRIER_ERROR.setModule("threading");
        String[] initNames = {"parties", "action", "timeout"};
        TYPE.allocator((in, t, a, k) -> {
            BarrierObject b = new BarrierObject(in, t);
            if (t == TYPE) { // the builtin type: no __init__ call follows
                PyObject[] p = SemaphoreObject.bind("Barrier.__init__", SemaphoreObject.prepend(b, a), k, initNames, 1);
                b.init(in, p[0], p[1] == null ? PyNone.NONE : p[1], SemaphoreObject.orNull(p[2]));
            }
            return b;
        });
        Methods.def(TYPE, "__init__", (in, a, k) -> {
            PyObject[] p = SemaphoreObject.bind("Barrier.__init__", a, k, initNames, 1);
            ((BarrierObject) a[0]).init(in, p[0], p[1] == null ? PyNone.NONE : p[1], SemaphoreObject.orNull(p[2]));
            return PyNone.NONE;
        });
        Methods.def(TYPE, "wait", (in, a, k) -> {
            PyObject[] p = SemaphoreObject.bind("Barrier.wait", a, k, new String[] {"timeout"}, 0);
            return PyInt.of(((BarrierObject) a[0]).await(in, SemaphoreObject.orNull(p[0])));
        });
        Methods.def(TYPE, "reset", (in, a, k) -> {
            SemaphoreObject.bind("Barrier.reset", a, k, new String[0], 0);
            ((BarrierObject) a[0]).reset();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "abort", (in, a, k) -> {
            SemaphoreObject.bind("Barrier.abort", a, k, new String[0], 0);
            ((BarrierObject) a[0]).abort();
            return PyNone.NONE;
        });
        Methods.getter(TYPE, "parties", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_parties");
            return b.parties;
        });
        Methods.getter(TYPE, "n_waiting", (in, o) -> PyInt.of(((BarrierObject) o).nWaiting()));
        Methods.getter(TYPE, "broken", (in, o) -> PyBool.of(((BarrierObject) o).isBroken()));
        Methods.getter(TYPE, "_parties", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_parties");
            return b.parties;
        });
        Methods.getter(TYPE, "_state", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_state");
            return PyInt.of(b.state);
        });
        Methods.getter(TYPE, "_count", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_count");
            return PyInt.of(b.count);
        });
        Methods.getter(TYPE, "_action", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_action");
            return b.action;
        });
        Methods.getter(TYPE, "_timeout", (in, o) -> {
            BarrierObject b = (BarrierObject) o;
            b.need("_timeout");
            return b.timeout == null ? PyNone.NONE : b.timeout;
        });
        Methods.def(TYPE, "__repr__", (in, a, k) -> {
            BarrierObject b = (BarrierObject) a[0];
            String head = "<" + ThreadingModule.className(b) + " at 0x" + Long.toHexString(ObjectIds.of(in, b)) + ":";
            if (b.isBroken()) {
                return PyStr.of(head + " broken>");
            }
            return PyStr.of(head + " waiters=" + b.nWaiting() + "/" + Ops.str(in, b.parties) + ">");
        });
    }
}
