package dev.interleave.vm;

import dev.interleave.machine.SimThread;

/**
 * multiprocessing's SemLock (CPython's _multiprocessing.SemLock, a POSIX semaphore): the one
 * native under multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and
 * Barrier. It lives outside the processes, so every process that has it blocks on the same one.
 * A recursive mutex counts its owner's acquisitions; a semaphore remembers its last acquirer.
 */
final class SemLockObject extends SyncObject implements SharedAcrossProcesses {

    static final PyType TYPE = new PyType("SemLock", Builtins.OBJECT, true);
    static final int RECURSIVE_MUTEX = 0;
    static final int SEMAPHORE = 1;
    static final int SEM_VALUE_MAX = Integer.MAX_VALUE;
    private static final String[] ACQUIRE_PARAMS = {"block", "timeout"};

    final int kind;
    final int maxvalue;
    int value;
    /** The thread that acquired it last (the owner of a mutex), and how many times. */
    SimThread owner;
    int count;
    private final boolean lockLike;

    SemLockObject(Interpreter in, int kind, int value, int maxvalue, String traceKind) {
        super(in, TYPE, traceKind, Naming.userAssignedName(in.currentThread(), traceKind), new Object[] {"shared", true});
        this.kind = kind;
        this.value = value;
        this.maxvalue = maxvalue;
        this.lockLike = traceKind.equals("lock") || traceKind.equals("rlock");
    }

    @Override
    public String describe() {
        return "multiprocessing " + (lockLike ? "lock " : "semaphore ") + name;
    }

    @Override
    public SimThread holder() {
        return lockLike && value == 0 ? owner : null;
    }

    boolean acquire(long timeoutNs) {
        SimThread me = me();
        if (kind == RECURSIVE_MUTEX && count > 0 && owner == me) {
            count++;
            event("acquire");
            return true;
        }
        long deadline = deadline(timeoutNs);
        while (value == 0) {
            if (timeoutNs == 0 || deadline >= 0 && machine.now() >= deadline) {
                return false;
            }
            waiters.add(me);
            boolean woken = waitUntil(deadline, "acquire");
            waiters.remove(me);
            if (!woken && value == 0) {
                return false;
            }
        }
        value--;
        owner = me;
        count = 1;
        event("acquire");
        return true;
    }

    void release() {
        SimThread me = me();
        if (kind == RECURSIVE_MUTEX) {
            if (count == 0 || owner != me) {
                throw PyErr.of(Builtins.ASSERTION_ERROR, "attempt to release recursive lock not owned by thread");
            }
            if (count > 1) {
                count--;
                event("release");
                return;
            }
        } else if (value >= maxvalue) {
            throw PyErr.valueError("semaphore or lock released too many times");
        }
        count = 0;
        value++;
        SimThread woke = waiters.isEmpty() ? null : waiters.remove(0);
        event("release");
        if (woke != null) {
            machine.wake(woke);
        }
    }

    boolean isMine() {
        return count > 0 && owner == me();
    }

    /**
     * The acquisition count as the calling process sees it: CPython keeps it in each process's
     * copy of the SemLock, so another process's holding shows as 0.
     */
    int countSeenBy(SimThread t) {
        return owner != null && owner.process() == t.process() ? count : 0;
    }

    private void event(String what) {
        if (lockLike) {
            machine.emit("lock." + what, traceId, "holder", value == 0 && owner != null ? (Object) owner.id() : null,
                    "depth", value == 0 ? count : 0, "waiters", waiterIds(), "waiting", waiters.size());
        } else {
            machine.emit("semaphore." + what, traceId, "value", value, "waiters", waiterIds());
        }
    }

    private static SemLockObject self(PyObject o) {
        return (SemLockObject) o;
    }

    static {
        TYPE.setModule("_multiprocessing");
        Methods.def(TYPE, "acquire", (in, a, k) -> {
            PyObject[] args = Args.parse("acquire", a, k, 1, ACQUIRE_PARAMS, 0);
            boolean block = args[0] == null || Ops.truthy(in, args[0]);
            PyObject timeout = args[1] == null ? PyNone.NONE : args[1];
            long ns = block ? ThreadingModule.timeoutArg(in, timeout) : 0;
            return PyBool.of(self(a[0]).acquire(ns));
        });
        Methods.def(TYPE, "release", (in, a, k) -> {
            self(a[0]).release();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "__enter__", (in, a, k) -> PyBool.of(self(a[0]).acquire(-1)));
        Methods.def(TYPE, "__exit__", (in, a, k) -> {
            self(a[0]).release();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "_maxvalue", (in, a, k) -> PyInt.of(self(a[0]).maxvalue));
        Methods.def(TYPE, "_count", (in, a, k) -> PyInt.of(self(a[0]).countSeenBy(in.machine().current())));
        Methods.def(TYPE, "_is_mine", (in, a, k) -> PyBool.of(self(a[0]).isMine()));
        Methods.def(TYPE, "_get_value", (in, a, k) -> PyInt.of(self(a[0]).value));
        Methods.def(TYPE, "_is_zero", (in, a, k) -> PyBool.of(self(a[0]).value == 0));
        Methods.def(TYPE, "_owner_name", (in, a, k) -> {
            SimThread o = self(a[0]).owner;
            return o == null ? PyNone.NONE : PyStr.of(o.name());
        });
    }
}
