package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * _queue.SimpleQueue (queue.SimpleQueue), as CPython 3.13's C code has it: an unbounded FIFO
 * whose put never blocks and, when getters are waiting, hands the item straight to the one
 * that has waited longest, so a woken getter always gets an item. No task tracking.
 */
final class SimpleQueueObject extends SyncObject {

    static final PyType TYPE = new PyType("SimpleQueue", Builtins.OBJECT, true);

    private final ArrayDeque<PyObject> items = new ArrayDeque<>();
    /** Items handed to woken getters, until each takes its own. */
    private final Map<SimThread, PyObject> handed = new IdentityHashMap<>();

    private SimpleQueueObject(Interpreter in, PyType type) {
        super(in, type, "queue", "maxsize", 0L, "flavour", "simple");
    }

    @Override
    public String describe() {
        return type().name() + " " + name;
    }

    void put(Interpreter in, PyObject item) {
        SimThread woke = null;
        if (!waiters.isEmpty()) {
            woke = waiters.remove(0);
            handed.put(woke, item);
        } else {
            items.addLast(item);
        }
        emitState(in, "queue.put", "item", QueueObject.repr(in, item), "woke", woke == null ? null : woke.id(),
                "handoff", woke != null);
        if (woke != null) {
            machine.wake(woke);
        }
    }

    /** get(block, timeout) with the timeout already converted (ns, -1 for none). */
    PyObject get(Interpreter in, boolean block, long timeoutNs) {
        long end = block && timeoutNs >= 0 ? machine.now() + timeoutNs : -1;
        while (true) {
            if (!items.isEmpty()) {
                return took(in, items.pollFirst());
            }
            if (!block || end >= 0 && machine.now() >= end) {
                throw QueueModule.empty();
            }
            SimThread me = me();
            waiters.add(me);
            boolean woken = waitUntil(end, "get");
            PyObject item = handed.remove(me);
            if (item != null) {
                return took(in, item);
            }
            if (!woken) {
                throw QueueModule.empty();
            }
        }
    }

    private PyObject took(Interpreter in, PyObject item) {
        emitState(in, "queue.get", "item", QueueObject.repr(in, item), "woke", null);
        return item;
    }

    private void emitState(Interpreter in, String kind, Object... details) {
        Object[] all = new Object[details.length + 6];
        System.arraycopy(details, 0, all, 0, details.length);
        int i = details.length;
        all[i] = "size";
        all[i + 1] = items.size();
        all[i + 2] = "items";
        all[i + 3] = QueueObject.reprs(in, items.iterator());
        all[i + 4] = "unfinished";
        all[i + 5] = null;
        machine.emit(kind, traceId, all);
    }

    /**
     * The timeout of get(), converted as _PyTime_FromSecondsObject does (rounding up), in ns;
     * -1 for None.
     */
    static long timeoutNanos(Interpreter in, PyObject timeout) {
        if (timeout == PyNone.NONE) {
            return -1;
        }
        long ns;
        if (timeout instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double d = Math.ceil(f.value * 1e9);
            if (!(Math.abs(d) < 9.223372036854775807e18)) {
                throw PyErr.overflow("timestamp out of range for platform time_t");
            }
            ns = (long) d;
        } else {
            PyInt i = Ops.indexObject(in, timeout);
            if (i.isBig() || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L) {
                throw PyErr.overflow("timestamp too large to convert to C PyTime_t");
            }
            ns = i.value * 1_000_000_000L;
        }
        if (ns < 0) {
            throw PyErr.valueError("'timeout' must be a non-negative number");
        }
        return Math.min(ns, Long.MAX_VALUE / 4);
    }

    // ---- the Python side ----

    private static SimpleQueueObject self(PyObject[] a) {
        return (SimpleQueueObject) a[0];
    }

    static {
        TYPE.setModule("_queue");
        TYPE.allocator((in, t, a, k) -> {
            if (t == TYPE || !(t.lookup("__init__") instanceof PyFunction)) {
                if (a.length - ClinicArgs.kwCount(k) > 0) {
                    throw PyErr.typeError("SimpleQueue() takes no positional arguments");
                }
                if (ClinicArgs.kwCount(k) > 0) {
                    throw PyErr.typeError("SimpleQueue() takes no keyword arguments");
                }
            }
            return new SimpleQueueObject(in, t);
        });
        NativeCode put = (in, a, k) -> {
            PyObject[] p = Args.parse("put", a, k, 1, new String[] {"item", "block", "timeout"}, 1);
            if (p[1] != null) {
                Ops.truthy(in, p[1]);
            }
            self(a).put(in, p[0]);
            return PyNone.NONE;
        };
        Methods.def(TYPE, "put", put);
        Methods.def(TYPE, "put_nowait", (in, a, k) -> {
            PyObject[] p = Args.parse("put_nowait", a, k, 1, new String[] {"item"}, 1);
            self(a).put(in, p[0]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "get", (in, a, k) -> {
            PyObject[] p = Args.parse("get", a, k, 1, new String[] {"block", "timeout"}, 0);
            boolean block = p[0] == null || Ops.truthy(in, p[0]);
            long ns = block && p[1] != null ? timeoutNanos(in, p[1]) : -1;
            return self(a).get(in, block, ns);
        });
        Methods.def(TYPE, "get_nowait", (in, a, k) -> {
            if (a.length > 1 || ClinicArgs.kwCount(k) > 0) {
                throw PyErr.typeError("get_nowait() takes no arguments");
            }
            return self(a).get(in, false, -1);
        });
        Methods.def(TYPE, "empty", (in, a, k) -> {
            ClinicArgs.none("SimpleQueue.empty", a, k, 1);
            return PyBool.of(self(a).items.isEmpty());
        });
        Methods.def(TYPE, "qsize", (in, a, k) -> {
            ClinicArgs.none("SimpleQueue.qsize", a, k, 1);
            return PyInt.of(self(a).items.size());
        });
        TYPE.ownDict().put("__class_getitem__", new PyWrappedMethod(Methods.fn("__class_getitem__",
                (in, a, k) -> new GenericAlias((PyType) a[0], ClinicArgs.one("__class_getitem__", a, k, 1))), true));
    }
}
