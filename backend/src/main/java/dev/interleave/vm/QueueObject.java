package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * queue.Queue, LifoQueue and PriorityQueue, following Lib/queue.py of CPython 3.13 step for
 * step. queue.py's three conditions over one mutex become three FIFO lists of waiting
 * threads: getters (not_empty), putters (not_full) and joiners (all_tasks_done). put wakes the
 * first getter and get the first putter; as after a Condition's notify, a woken thread checks
 * again and may have to wait again, at the back of the line. The mutex is a private one that
 * keeps queue operations from interleaving even when Python code runs inside one (an item's
 * {@code __lt__}, a subclass's {@code _put}); the {@code mutex} and condition attributes are
 * real Lock and Condition objects made on first use, which the queue itself does not take.
 * Subclasses may override {@code _init}, {@code _qsize}, {@code _put} and {@code _get}.
 */
final class QueueObject extends SyncObject {

    /** Which of the three classes' storage and order. */
    enum Flavour {
        FIFO("fifo"), LIFO("lifo"), PRIORITY("priority");

        final String label;

        Flavour(String label) {
            this.label = label;
        }
    }

    /** Trace events list at most this many items, each by its safe repr (see {@link SafeRepr}). */
    static final int TRACE_ITEMS = 20;
    /** Timeout ends beyond the clock: NaN (Condition.wait(nan) never returns) and too large for PyTime_t. */
    private static final long FOREVER = Long.MAX_VALUE;
    private static final long TOO_LONG = Long.MIN_VALUE;

    PyObject maxsize;
    /** The {@code queue} attribute: the items (a QueueDeque or a list), or whatever a program assigned. */
    PyObject queue;
    long unfinished;
    boolean shutdown;
    private final List<SimThread> getters = new ArrayList<>();
    private final List<SimThread> putters = new ArrayList<>();
    private final List<SimThread> joiners = new ArrayList<>();
    private final List<SimThread> mutexWaiters = new ArrayList<>();
    /** The mutex's holder and its depth (re-entered by a subclass hook calling qsize(), say). */
    private SimThread busy;
    private int depth;
    private LockObject mutex;
    private ConditionObject notEmpty;
    private ConditionObject notFull;
    private ConditionObject allTasksDone;

    QueueObject(Interpreter in, PyType type, PyObject maxsize) {
        super(in, type, "queue", "maxsize", fact(maxsize), "flavour", flavourOf(type).label);
        this.maxsize = maxsize;
        this.queue = newStorage(flavourOf(type));
    }

    @Override
    public String describe() {
        return type().name() + " " + name;
    }

    @Override
    public void forget(SimThread waiter) {
        getters.remove(waiter);
        putters.remove(waiter);
        joiners.remove(waiter);
        mutexWaiters.remove(waiter);
    }

    static Flavour flavourOf(PyType t) {
        if (t.isSubtypeOf(QueueTypes.PRIORITY)) {
            return Flavour.PRIORITY;
        }
        return t.isSubtypeOf(QueueTypes.LIFO) ? Flavour.LIFO : Flavour.FIFO;
    }

    private static Object fact(PyObject maxsize) {
        return maxsize instanceof PyInt i && !i.isBig() ? (Object) i.value : null;
    }

    static PyObject newStorage(Flavour f) {
        return f == Flavour.FIFO ? new QueueDeque() : new PyList();
    }

    // ---- the mutex and the three conditions ----

    private void enter() {
        SimThread me = me();
        if (busy == me) {
            depth++;
            return;
        }
        while (busy != null) {
            mutexWaiters.add(me);
            waitUntil(-1, "mutex");
        }
        busy = me;
        depth = 1;
    }

    private void exit() {
        if (busy != me() || --depth > 0) {
            return;
        }
        busy = null;
        if (!mutexWaiters.isEmpty()) {
            machine.wake(mutexWaiters.remove(0));
        }
    }

    /** Condition.wait on one of the lists: joins it, lets the mutex go, waits, takes the mutex back. */
    private boolean await(List<SimThread> list, long deadline, String reason) {
        int saved = depth;
        list.add(me());
        depth = 1;
        exit();
        boolean woken = waitUntil(deadline, reason);
        enter();
        depth = saved;
        return woken;
    }

    /**
     * Waits for a timed put/get whose end is {@code end}; false when the time is already up
     * (queue.py's {@code remaining <= 0.0}).
     */
    private boolean awaitUntil(List<SimThread> list, long end, String reason) {
        if (end == FOREVER) {
            await(list, -1, reason);
            return true;
        }
        if (end == TOO_LONG) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        if (machine.now() >= end) {
            return false;
        }
        await(list, end, reason);
        return true;
    }

    /** queue.py's {@code timeout < 0} check and {@code endtime = time() + timeout}, in virtual ns. */
    private long endOf(Interpreter in, PyObject timeout) {
        if (Compare.lt(in, timeout, PyInt.of(0))) {
            throw PyErr.valueError("'timeout' must be a non-negative number");
        }
        double secs = ClinicArgs.real(in, timeout);
        if (Double.isNaN(secs)) {
            return FOREVER;
        }
        double ns = Math.ceil(secs * 1e9);
        if (!(ns < 9.223372036854775807e18)) {
            return TOO_LONG;
        }
        return machine.now() + Math.min((long) ns, Long.MAX_VALUE / 4);
    }

    private static List<SimThread> drain(List<SimThread> list) {
        List<SimThread> all = new ArrayList<>(list);
        list.clear();
        return all;
    }

    private void wakeAll(List<SimThread> threads) {
        for (SimThread t : threads) {
            machine.wake(t);
        }
    }

    // ---- storage, through the hooks a subclass may override ----

    /** The builtin flavour whose hook {@code name} this object's class uses, or null for a Python override. */
    private Flavour hook(String name) {
        PyType t = type();
        if (t.isBuiltin()) {
            return flavourOf(t);
        }
        PyObject m = t.lookup(name);
        if (m instanceof PyBuiltinFunction b && b.owner != null && b.owner.isBuiltin() && b.owner.isSubtypeOf(QueueTypes.QUEUE)) {
            return flavourOf(b.owner);
        }
        return null;
    }

    long qsize(Interpreter in) {
        if (hook("_qsize") == null) {
            return Ops.index(in, in.callMethod(this, "_qsize"));
        }
        return storageSize(in);
    }

    long storageSize(Interpreter in) {
        if (queue instanceof QueueDeque d) {
            return d.items.size();
        }
        if (queue instanceof PyList l && l.type() == Builtins.LIST) {
            return l.size();
        }
        return Ops.length(in, queue);
    }

    private void putItem(Interpreter in, PyObject item) {
        Flavour f = hook("_put");
        if (f == null) {
            in.callMethod(this, "_put", item);
        } else {
            nativePut(in, f, item);
        }
    }

    private PyObject takeItem(Interpreter in) {
        Flavour f = hook("_get");
        return f == null ? in.callMethod(this, "_get") : nativeGet(in, f);
    }

    private void nativeInit(Interpreter in, PyObject maxsizeArg) {
        Flavour f = hook("_init");
        if (f == null) {
            in.callMethod(this, "_init", maxsizeArg);
        } else {
            queue = newStorage(f);
        }
    }

    /** Queue._put (deque.append), LifoQueue._put (list.append), PriorityQueue._put (heappush). */
    void nativePut(Interpreter in, Flavour f, PyObject item) {
        switch (f) {
            case FIFO -> {
                if (queue instanceof QueueDeque d) {
                    d.items.addLast(item);
                } else {
                    in.callMethod(queue, "append", item);
                }
            }
            case LIFO -> {
                if (queue instanceof PyList l && l.type() == Builtins.LIST) {
                    l.append(item);
                } else {
                    in.callMethod(queue, "append", item);
                }
            }
            case PRIORITY -> Heapq.push(in, Heapq.list(queue, "heappush"), item);
        }
    }

    /** Queue._get (deque.popleft), LifoQueue._get (list.pop), PriorityQueue._get (heappop). */
    PyObject nativeGet(Interpreter in, Flavour f) {
        switch (f) {
            case FIFO -> {
                if (queue instanceof QueueDeque d) {
                    PyObject v = d.items.pollFirst();
                    if (v == null) {
                        throw PyErr.indexError("pop from an empty deque");
                    }
                    return v;
                }
                return in.callMethod(queue, "popleft");
            }
            case LIFO -> {
                if (queue instanceof PyList l && l.type() == Builtins.LIST) {
                    if (l.size() == 0) {
                        throw PyErr.indexError("pop from empty list");
                    }
                    return l.remove(l.size() - 1);
                }
                return in.callMethod(queue, "pop");
            }
            default -> {
                return Heapq.pop(in, Heapq.list(queue, "heappop"));
            }
        }
    }

    private boolean bounded(Interpreter in) {
        if (maxsize instanceof PyInt i && i.getClass() == PyInt.class) {
            return i.signum() > 0;
        }
        return Ops.truthy(in, Compare.rich(in, maxsize, PyInt.of(0), Compare.GT));
    }

    private boolean isFull(Interpreter in) {
        long n = qsize(in);
        if (maxsize instanceof PyInt i && i.getClass() == PyInt.class && !i.isBig()) {
            return n >= i.value;
        }
        return Ops.truthy(in, Compare.rich(in, PyInt.of(n), maxsize, Compare.GE));
    }

    // ---- the operations ----

    /** Queue.__init__: also what a subclass's __init__ runs through super(). */
    void init(Interpreter in, PyObject maxsizeArg) {
        enter();
        try {
            setMaxsize(maxsizeArg);
            nativeInit(in, maxsizeArg);
            mutex = null;
            notEmpty = null;
            notFull = null;
            allTasksDone = null;
            unfinished = 0;
            shutdown = false;
        } finally {
            exit();
        }
    }

    void setMaxsize(PyObject v) {
        Object before = fact(maxsize);
        maxsize = v;
        Object after = fact(v);
        if (before == null ? after != null : !before.equals(after)) {
            machine.emit("queue.maxsize", traceId, "maxsize", after);
        }
    }

    /**
     * A program's {@code q.unfinished_tasks = n}. At 0 the joiners are woken to check again: the
     * idiom that clears a queue sets it under {@code q.mutex} and then notifies
     * {@code q.all_tasks_done}, which this queue's joiners do not wait on.
     */
    void setUnfinished(long n) {
        unfinished = n;
        if (n == 0) {
            wakeAll(drain(joiners));
        }
    }

    void put(Interpreter in, PyObject item, PyObject block, PyObject timeout) {
        SimThread woke;
        enter();
        try {
            if (shutdown) {
                throw QueueModule.shutDown();
            }
            if (bounded(in)) {
                if (!Ops.truthy(in, block)) {
                    if (isFull(in)) {
                        throw QueueModule.full();
                    }
                } else if (timeout == PyNone.NONE) {
                    while (isFull(in)) {
                        await(putters, -1, "put");
                        if (shutdown) {
                            throw QueueModule.shutDown();
                        }
                    }
                } else {
                    long end = endOf(in, timeout);
                    while (isFull(in)) {
                        if (!awaitUntil(putters, end, "put")) {
                            throw QueueModule.full();
                        }
                        if (shutdown) {
                            throw QueueModule.shutDown();
                        }
                    }
                }
            }
            putItem(in, item);
            unfinished++;
            woke = getters.isEmpty() ? null : getters.remove(0);
            emitState(in, "queue.put", "item", repr(in, item), "woke", woke == null ? null : woke.id());
        } finally {
            exit();
        }
        if (woke != null) {
            machine.wake(woke);
        }
    }

    PyObject get(Interpreter in, PyObject block, PyObject timeout) {
        PyObject item;
        SimThread woke;
        enter();
        try {
            if (shutdown && qsize(in) == 0) {
                throw QueueModule.shutDown();
            }
            if (!Ops.truthy(in, block)) {
                if (qsize(in) == 0) {
                    throw QueueModule.empty();
                }
            } else if (timeout == PyNone.NONE) {
                while (qsize(in) == 0) {
                    await(getters, -1, "get");
                    if (shutdown && qsize(in) == 0) {
                        throw QueueModule.shutDown();
                    }
                }
            } else {
                long end = endOf(in, timeout);
                while (qsize(in) == 0) {
                    if (!awaitUntil(getters, end, "get")) {
                        throw QueueModule.empty();
                    }
                    if (shutdown && qsize(in) == 0) {
                        throw QueueModule.shutDown();
                    }
                }
            }
            item = takeItem(in);
            woke = putters.isEmpty() ? null : putters.remove(0);
            emitState(in, "queue.get", "item", repr(in, item), "woke", woke == null ? null : woke.id());
        } finally {
            exit();
        }
        if (woke != null) {
            machine.wake(woke);
        }
        return item;
    }

    void taskDone() {
        List<SimThread> woke = List.of();
        enter();
        try {
            long left = unfinished - 1;
            if (left <= 0) {
                if (left < 0) {
                    throw PyErr.valueError("task_done() called too many times");
                }
                woke = drain(joiners);
            }
            unfinished = left;
            machine.emit("queue.task_done", traceId, "unfinished", left, "woke", ids(woke));
        } finally {
            exit();
        }
        wakeAll(woke);
    }

    void join() {
        enter();
        try {
            while (unfinished != 0) {
                await(joiners, -1, "join");
            }
        } finally {
            exit();
        }
    }

    void shutdown(Interpreter in, PyObject immediate) {
        List<SimThread> woke = new ArrayList<>();
        boolean now;
        enter();
        try {
            shutdown = true;
            now = Ops.truthy(in, immediate);
            if (now) {
                while (qsize(in) != 0) {
                    takeItem(in);
                    if (unfinished > 0) {
                        unfinished--;
                    }
                }
                woke.addAll(drain(joiners));
            }
            woke.addAll(drain(getters));
            woke.addAll(drain(putters));
            emitState(in, "queue.shutdown", "immediate", now, "woke", ids(woke));
        } finally {
            exit();
        }
        wakeAll(woke);
    }

    /** qsize(), empty() and full() take the mutex as queue.py does. */
    long lockedQsize(Interpreter in) {
        enter();
        try {
            return qsize(in);
        } finally {
            exit();
        }
    }

    /** {@code 0 < self.maxsize <= self._qsize()}, compared as Python chains it. */
    PyObject full(Interpreter in) {
        enter();
        try {
            if (maxsize instanceof PyInt i && i.getClass() == PyInt.class) {
                return PyBool.of(i.signum() > 0 && isFull(in));
            }
            PyObject positive = Compare.rich(in, PyInt.of(0), maxsize, Compare.LT);
            if (!Ops.truthy(in, positive)) {
                return positive;
            }
            return Compare.rich(in, maxsize, PyInt.of(qsize(in)), Compare.LE);
        } finally {
            exit();
        }
    }

    // ---- trace ----

    /**
     * A put, get or shutdown with the queue's state after it: its size and the reprs of its first
     * items, front first (the next to come out: a LifoQueue's top first, a PriorityQueue's heap
     * in list order, whose first item is the smallest). A queue whose subclass keeps its items
     * elsewhere shows size null and no items.
     */
    private void emitState(Interpreter in, String kind, Object... details) {
        Object size = null;
        List<String> items = List.of();
        if (queue instanceof QueueDeque d) {
            size = d.items.size();
            items = reprs(in, d.items.iterator());
        } else if (queue instanceof PyList l && l.type() == Builtins.LIST) {
            size = l.size();
            PyObject[] first = new PyObject[Math.min(l.size(), TRACE_ITEMS)];
            boolean stack = flavourOf(type()) == Flavour.LIFO;
            for (int i = 0; i < first.length; i++) {
                first[i] = l.get(stack ? l.size() - 1 - i : i);
            }
            items = reprs(in, List.of(first).iterator());
        }
        Object[] all = new Object[details.length + 6];
        System.arraycopy(details, 0, all, 0, details.length);
        int i = details.length;
        all[i] = "size";
        all[i + 1] = size;
        all[i + 2] = "items";
        all[i + 3] = items;
        all[i + 4] = "unfinished";
        all[i + 5] = unfinished;
        machine.emit(kind, traceId, all);
    }

    static List<Integer> ids(List<SimThread> threads) {
        List<Integer> ids = new ArrayList<>(threads.size());
        for (SimThread t : threads) {
            ids.add(t.id());
        }
        return ids;
    }

    /** The reprs of the first TRACE_ITEMS items. */
    static List<String> reprs(Interpreter in, Iterator<PyObject> items) {
        List<PyObject> first = new ArrayList<>();
        while (items.hasNext() && first.size() < TRACE_ITEMS) {
            first.add(items.next());
        }
        List<String> out = new ArrayList<>(first.size());
        for (PyObject o : first) {
            out.add(repr(in, o));
        }
        return out;
    }

    /**
     * An item's repr for the trace: a safe one, since CPython's put and get never call an item's
     * {@code __repr__} and neither may the trace (it would print, cost time or fail).
     */
    static String repr(Interpreter in, PyObject o) {
        return SafeRepr.of(in, o);
    }

    /** The Lock that queue.py's conditions share, made when a program first asks for it. */
    LockObject mutex(Interpreter in) {
        if (mutex == null) {
            mutex = new LockObject(in, false, name + ".mutex");
        }
        return mutex;
    }

    ConditionObject notEmpty(Interpreter in) {
        return notEmpty = condition(in, notEmpty, "not_empty");
    }

    ConditionObject notFull(Interpreter in) {
        return notFull = condition(in, notFull, "not_full");
    }

    ConditionObject allTasksDone(Interpreter in) {
        return allTasksDone = condition(in, allTasksDone, "all_tasks_done");
    }

    /** One of queue.py's conditions over the mutex, named as queue.py names it: q.not_empty... */
    private ConditionObject condition(Interpreter in, ConditionObject existing, String attr) {
        if (existing != null) {
            return existing;
        }
        ConditionObject c = new ConditionObject(in, ConditionObject.TYPE, name + "." + attr);
        c.lock = mutex(in);
        return c;
    }
}
