package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/**
 * threading.Condition over a Lock or RLock (a new RLock by default). wait() releases the lock
 * whatever its depth and restores the depth after; notify(n) wakes up to n waiters in FIFO
 * order and keeps the lock, so the woken compete for it once the notifier lets go.
 */
final class ConditionObject extends SyncObject {

    static final PyType TYPE = new PyType("Condition", Builtins.OBJECT, true);

    LockObject lock;

    ConditionObject(Interpreter in, PyType type) {
        this(in, type, null);
    }

    /** A condition named {@code name}, or after the variable it is assigned to when that is null. */
    ConditionObject(Interpreter in, PyType type, String name) {
        super(in, type, "condition", LATER, name);
        announce();
    }

    @Override
    public String describe() {
        return "Condition " + name;
    }

    @Override
    public SimThread holder() {
        return null;
    }

    void init(Interpreter in, PyObject lockArg) {
        if (lockArg == null || lockArg == PyNone.NONE) {
            lock = new LockObject(in, true, name + ".lock");
        } else if (lockArg instanceof LockObject l) {
            lock = l;
        } else {
            throw PyErr.typeError("Condition() needs a threading.Lock or threading.RLock, not "
                    + PyErr.typeName(lockArg));
        }
    }

    boolean await(long timeoutNs) {
        if (!lock.isOwned()) {
            throw PyErr.runtimeError("cannot wait on un-acquired lock");
        }
        SimThread me = me();
        waiters.add(me);
        machine.emit("condition.wait", traceId, "lock", lock.traceId, "waiters", waiterIds(), "waiting", waiters.size());
        int depth = lock.releaseSave();
        boolean woken = waitUntil(deadline(timeoutNs), "wait");
        lock.acquireRestore(depth);
        return woken;
    }

    void notify(int n) {
        if (!lock.isOwned()) {
            throw PyErr.runtimeError("cannot notify on un-acquired lock");
        }
        List<SimThread> woke = new ArrayList<>();
        while (n-- > 0 && !waiters.isEmpty()) {
            woke.add(waiters.remove(0));
        }
        List<Integer> ids = new ArrayList<>();
        for (SimThread t : woke) {
            ids.add(t.id());
        }
        machine.emit("condition.notify", traceId, "woke", ids, "waiters", waiterIds(), "waiting", waiters.size());
        for (SimThread t : woke) {
            machine.wake(t);
        }
    }

    /** Condition.wait_for, as threading.py writes it: loop on the predicate with a deadline. */
    PyObject waitFor(Interpreter in, PyObject predicate, PyObject timeout) {
        long end = -1;
        long wait = ThreadingModule.timeoutArg(in, timeout);
        PyObject result = in.call(predicate);
        while (!Ops.truthy(in, result)) {
            if (wait >= 0) {
                if (end < 0) {
                    end = machine.now() + wait;
                } else {
                    wait = end - machine.now();
                    if (wait <= 0) {
                        break;
                    }
                }
            }
            await(wait);
            result = in.call(predicate);
        }
        return result;
    }

    static {
        TYPE.setModule("threading");
        TYPE.allocator((in, t, a, k) -> {
            ConditionObject c = new ConditionObject(in, t);
            if (t == TYPE) {
                PyObject[] p = Args.parse("Condition", a, k, 0, new String[] {"lock"}, 0);
                c.init(in, p[0]);
            }
            return c;
        });
        Methods.def(TYPE, "__init__", (in, a, k) -> {
            PyObject[] p = Args.parse("__init__", a, k, 1, new String[] {"lock"}, 0);
            ((ConditionObject) a[0]).init(in, p[0]);
            return PyNone.NONE;
        });
        NativeCode acquire = (in, a, k) -> {
            PyObject[] args = a.clone();
            args[0] = ((ConditionObject) a[0]).lock;
            return in.call(Attr.get(in, args[0], "acquire"), java.util.Arrays.copyOfRange(args, 1, args.length), k);
        };
        Methods.def(TYPE, "acquire", acquire);
        Methods.def(TYPE, "__enter__", acquire);
        NativeCode release = (in, a, k) -> in.callMethod(((ConditionObject) a[0]).lock, "release");
        Methods.def(TYPE, "release", release);
        Methods.def(TYPE, "__exit__", (in, a, k) -> {
            in.callMethod(((ConditionObject) a[0]).lock, "release");
            return PyNone.NONE;
        });
        Methods.def(TYPE, "wait", (in, a, k) -> {
            PyObject[] p = Args.parse("wait", a, k, 1, new String[] {"timeout"}, 0);
            return PyBool.of(((ConditionObject) a[0]).await(ThreadingModule.timeoutArg(in, p[0])));
        });
        Methods.def(TYPE, "wait_for", (in, a, k) -> {
            PyObject[] p = Args.parse("wait_for", a, k, 1, new String[] {"predicate", "timeout"}, 1);
            return ((ConditionObject) a[0]).waitFor(in, p[0], p[1]);
        });
        Methods.def(TYPE, "notify", (in, a, k) -> {
            PyObject[] p = Args.parse("notify", a, k, 1, new String[] {"n"}, 0);
            ((ConditionObject) a[0]).notify(p[0] == null ? 1 : (int) Math.min(Integer.MAX_VALUE,
                    ClinicArgs.ssize(in, p[0])));
            return PyNone.NONE;
        });
        NativeCode notifyAll = (in, a, k) -> {
            ClinicArgs.none("notify_all", a, k, 1);
            ConditionObject c = (ConditionObject) a[0];
            c.notify(Math.max(1, c.waiters.size()));
            return PyNone.NONE;
        };
        Methods.def(TYPE, "notify_all", notifyAll);
        Methods.def(TYPE, "notifyAll", (in, a, k) -> {
            Warnings.deprecated(in, "notifyAll() is deprecated, use notify_all() instead");
            return notifyAll.call(in, a, k);
        });
        Methods.def(TYPE, "_is_owned", (in, a, k) -> PyBool.of(((ConditionObject) a[0]).lock.isOwned()));
        Methods.def(TYPE, "__repr__", (in, a, k) -> {
            ConditionObject c = (ConditionObject) a[0];
            return PyStr.of("<Condition(" + Ops.repr(in, c.lock) + ", " + c.waiters.size() + ")>");
        });
    }
}
