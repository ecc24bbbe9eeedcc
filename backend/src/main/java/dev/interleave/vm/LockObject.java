package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/**
 * _thread.lock and _thread.RLock. As in CPython 3.13 (PyMutex), a release wakes the longest
 * waiter, which then competes for the lock (the releaser may take it back first); a waiter that
 * has waited a millisecond or more is handed the lock directly.
 */
final class LockObject extends SyncObject {

    static final PyType LOCK = new PyType("lock", Builtins.OBJECT, true).finalType();
    static final PyType RLOCK = new PyType("RLock", Builtins.OBJECT, true).finalType();
    /** PyMutex's TIME_TO_BE_FAIR_NS. */
    private static final long FAIR_NS = 1_000_000L;
    /** PY_TIMEOUT_MAX in seconds (threading.TIMEOUT_MAX). */
    static final double TIMEOUT_MAX = 9223372036.0;

    final boolean reentrant;
    SimThread holder;
    boolean locked;
    int count;
    /** The waiter a release handed the lock to directly (PyMutex's fairness rule), until it runs. */
    private SimThread handedTo;
    private final List<Long> since = new ArrayList<>();

    LockObject(Interpreter in, boolean reentrant) {
        this(in, reentrant, null);
    }

    /** A lock named {@code name}, or after the variable it is assigned to when that is null. */
    LockObject(Interpreter in, boolean reentrant, String name) {
        super(in, reentrant ? RLOCK : LOCK, reentrant ? "rlock" : "lock", LATER, name);
        this.reentrant = reentrant;
        announce();
    }

    @Override
    public String describe() {
        return (reentrant ? "RLock " : "Lock ") + name;
    }

    @Override
    public SimThread holder() {
        return locked ? holder : null;
    }

    @Override
    public void forget(SimThread waiter) {
        int i = waiters.indexOf(waiter);
        if (i >= 0) {
            waiters.remove(i);
            since.remove(i);
        }
    }

    /** Acquires, blocking up to timeoutNs (negative: forever; blocking false: not at all). */
    boolean acquire(boolean blocking, long timeoutNs) {
        SimThread me = me();
        if (reentrant && locked && holder == me) {
            count++;
            machine.emit("lock.acquire", traceId, "holder", me.id(), "depth", count, "waiters", waiterIds(), "waiting", waiters.size());
            return true;
        }
        if (!locked) {
            take(me, 1);
            return true;
        }
        if (!blocking || timeoutNs == 0) {
            return false;
        }
        long deadline = deadline(timeoutNs);
        while (true) {
            waiters.add(me);
            since.add(machine.now());
            boolean woken = waitUntil(deadline, "acquire");
            if (handedTo == me) {
                handedTo = null;
                count = 1;
                machine.emit("lock.acquire", traceId, "holder", me.id(), "depth", 1, "handoff", true,
                        "waiters", waiterIds(), "waiting", waiters.size());
                return true;
            }
            if (!locked) {
                take(me, 1);
                return true;
            }
            if (!woken || deadline >= 0 && machine.now() >= deadline) {
                return false;
            }
        }
    }

    private void take(SimThread me, int depth) {
        locked = true;
        holder = me;
        count = depth;
        machine.emit("lock.acquire", traceId, "holder", me.id(), "depth", depth, "waiters", waiterIds(), "waiting", waiters.size());
    }

    /** Lock.release(): any thread may release. */
    void release() {
        if (!locked) {
            throw PyErr.runtimeError("release unlocked lock");
        }
        releaseFully();
    }

    /** RLock.release(): only the owner, once per acquire. */
    void releaseOwned() {
        if (!locked || holder != me()) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        if (--count > 0) {
            machine.emit("lock.release", traceId, "holder", holder.id(), "depth", count, "waiters", waiterIds(), "waiting", waiters.size());
            return;
        }
        releaseFully();
    }

    private void releaseFully() {
        locked = false;
        holder = null;
        count = 0;
        SimThread woke = null;
        boolean handoff = false;
        if (!waiters.isEmpty()) {
            woke = waiters.remove(0);
            long waited = machine.now() - since.remove(0);
            if (waited >= FAIR_NS) {
                handoff = true;
                locked = true;
                holder = woke;
                handedTo = woke;
            }
        }
        machine.emit("lock.release", traceId, "holder", handoff ? woke.id() : null, "depth", 0,
                "woke", woke == null ? null : woke.id(), "handoff", handoff, "waiters", waiterIds(), "waiting", waiters.size());
        if (woke != null) {
            machine.wake(woke);
        }
    }

    /** Condition's _is_owned: an RLock held by this thread; a Lock held by anyone (as CPython tests it). */
    boolean isOwned() {
        return reentrant ? locked && holder == me() : locked;
    }

    /** Condition's _release_save: frees the lock whatever its depth; returns the depth. */
    int releaseSave() {
        int depth = reentrant ? count : 1;
        releaseFully();
        return depth;
    }

    /** Condition's _acquire_restore. */
    void acquireRestore(int depth) {
        acquire(true, -1);
        count = depth;
    }

    // ---- the Python side ----

    static {
        LOCK.setModule("_thread");
        RLOCK.setModule("_thread");
        LOCK.allocator((in, t, a, k) -> {
            ClinicArgs.none("lock", a, k, 0);
            return new LockObject(in, false);
        });
        RLOCK.allocator((in, t, a, k) -> new LockObject(in, true));
        for (PyType t : new PyType[] {LOCK, RLOCK}) {
            boolean r = t == RLOCK;
            NativeCode acquire = (in, a, k) -> {
                LockObject l = (LockObject) a[0];
                PyObject[] p = Args.parse("acquire", a, k, 1, new String[] {"blocking", "timeout"}, 0);
                boolean blocking = p[0] == null || Ops.truthy(in, p[0]);
                return PyBool.of(l.acquire(blocking, lockTimeout(in, blocking, p[1])));
            };
            NativeCode release = (in, a, k) -> {
                ClinicArgs.none("release", a, k, 1);
                LockObject l = (LockObject) a[0];
                if (r) {
                    l.releaseOwned();
                } else {
                    l.release();
                }
                return PyNone.NONE;
            };
            Methods.def(t, "acquire", acquire);
            Methods.def(t, "release", release);
            Methods.def(t, "__enter__", acquire);
            Methods.def(t, "__exit__", (in, a, k) -> release.call(in, new PyObject[] {a[0]}, null));
            if (!r) {
                Methods.def(t, "acquire_lock", acquire);
                Methods.def(t, "release_lock", release);
                Methods.def(t, "locked", (in, a, k) -> PyBool.of(((LockObject) a[0]).locked));
                Methods.def(t, "locked_lock", (in, a, k) -> PyBool.of(((LockObject) a[0]).locked));
            } else {
                Methods.def(t, "_is_owned", (in, a, k) -> PyBool.of(((LockObject) a[0]).isOwned()));
                Methods.def(t, "_recursion_count", (in, a, k) -> {
                    LockObject l = (LockObject) a[0];
                    return PyInt.of(l.locked && l.holder == l.me() ? l.count : 0);
                });
            }
            Methods.def(t, "__repr__", (in, a, k) -> {
                LockObject l = (LockObject) a[0];
                String state = l.locked ? "locked" : "unlocked";
                String at = " at 0x" + Long.toHexString(ObjectIds.of(in, l)) + ">";
                if (!r) {
                    return PyStr.of("<" + state + " _thread.lock object" + at);
                }
                long owner = l.locked ? ThreadingModule.identOf(l.holder) : 0;
                return PyStr.of("<" + state + " _thread.RLock object owner=" + owner + " count=" + (l.locked ? l.count : 0)
                        + at);
            });
        }
    }

    /** Lock.acquire's timeout rules (3.13 messages); returns ns, -1 for none. */
    static long lockTimeout(Interpreter in, boolean blocking, PyObject timeout) {
        if (timeout == null) {
            return blocking ? -1 : 0;
        }
        double secs = ClinicArgs.real(in, timeout);
        if (!blocking && secs != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (secs < 0 && secs != -1) {
            throw PyErr.valueError("timeout value must be a non-negative number");
        }
        if (!blocking) {
            return 0;
        }
        if (secs == -1) {
            return -1;
        }
        // _PyTime_FromSecondsObject: the nanoseconds must fit a 64-bit PyTime_t
        if (timeout instanceof PyInt i && !(timeout instanceof PyBool)
                && (i.isBig() || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L)) {
            throw PyErr.overflow("timestamp too large to convert to C PyTime_t");
        }
        if (secs * 1e9 >= 0x1p63) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        return Math.round(secs * 1e9);
    }
}
