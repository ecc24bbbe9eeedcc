package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The buffer under a multiprocessing Queue, SimpleQueue or one direction of a Pipe. It lives
 * outside the processes: a put pickles the item (a snapshot taken in the sender's process,
 * by pickle's rules), a get unpickles it into the receiver's process, so the two never share
 * an object. Counts the open write ends (a pipe's reader sees EOF when none is left) and, for
 * a JoinableQueue, the unfinished tasks.
 */
final class ChannelObject extends SyncObject implements SharedAcrossProcesses {

    static final PyType TYPE = new PyType("Channel", Builtins.OBJECT, true);

    /** One item in flight: its snapshot and its repr (for the trace). */
    record Item(PyObject snapshot, String repr) {
    }

    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private final List<SimThread> putters = new ArrayList<>();
    private final int maxsize;
    private final boolean pipe;
    /** Open write and read ends (pipes): a fork or a pickle adds one, close and exit take one. */
    int writers;
    int readers;
    int unfinished;
    private final List<SimThread> joiners = new ArrayList<>();

    ChannelObject(Interpreter in, int maxsize, String flavour, String name) {
        super(in, TYPE, "queue", name != null ? name
                : Naming.userAssignedName(in.currentThread(), flavour.equals("pipe") ? "pipe" : "queue"),
                new Object[] {"maxsize", maxsize, "flavour", flavour, "shared", true});
        this.maxsize = maxsize;
        this.pipe = flavour.equals("pipe");
    }

    @Override
    public String describe() {
        return (pipe ? "pipe " : "multiprocessing queue ") + name;
    }

    @Override
    public void forget(SimThread waiter) {
        waiters.remove(waiter);
        putters.remove(waiter);
        joiners.remove(waiter);
    }

    /** Puts a snapshot of {@code obj}; false when full and the wait ran out. */
    boolean put(Interpreter in, PyObject obj, long timeoutNs) {
        return put(new Item(Spawn.snapshot(in, obj), QueueObject.repr(in, obj)), timeoutNs);
    }

    /** Puts an item pickled already (a Connection's send); false when full and the wait ran out. */
    boolean put(Item item, long timeoutNs) {
        long deadline = deadline(timeoutNs);
        while (items.size() >= maxsize) {
            if (timeoutNs == 0 || deadline >= 0 && machine.now() >= deadline) {
                return false;
            }
            putters.add(me());
            boolean woken = machine.block(this, deadline < 0 ? -1 : Math.max(0, deadline - machine.now()), "put");
            putters.remove(me());
            if (!woken && items.size() >= maxsize) {
                return false;
            }
        }
        items.add(item);
        unfinished++;
        SimThread woke = waiters.isEmpty() ? null : waiters.remove(0);
        emitState(pipe ? "pipe.send" : "queue.put", items.peekLast().repr(), woke);
        if (woke != null) {
            machine.wake(woke);
        }
        return true;
    }

    /** The next item, unpickled into {@code in}'s process; null when none came in time (or EOF). */
    PyObject get(Interpreter in, long timeoutNs) {
        long deadline = deadline(timeoutNs);
        while (items.isEmpty()) {
            if (timeoutNs == 0 || deadline >= 0 && machine.now() >= deadline || pipe && writers == 0) {
                return null;
            }
            waiters.add(me());
            boolean woken = waitUntil(deadline, "get");
            waiters.remove(me());
            if (!woken && items.isEmpty()) {
                return null;
            }
        }
        Item it = items.poll();
        SimThread woke = putters.isEmpty() ? null : putters.remove(0);
        emitState(pipe ? "pipe.recv" : "queue.get", it.repr(), woke);
        if (woke != null) {
            machine.wake(woke);
        }
        return Spawn.materialize(in, it.snapshot());
    }

    /** Whether an item is there now, or comes (or EOF) within the timeout. */
    boolean poll(long timeoutNs) {
        long deadline = deadline(timeoutNs);
        while (items.isEmpty() && !(pipe && writers == 0)) {
            if (timeoutNs == 0 || deadline >= 0 && machine.now() >= deadline) {
                return false;
            }
            waiters.add(me());
            boolean woken = waitUntil(deadline, "poll");
            waiters.remove(me());
            if (!woken) {
                break;
            }
        }
        return !items.isEmpty() || pipe && writers == 0;
    }

    /** A write end closed: a reader waiting on an empty pipe sees EOF. */
    void writerClosed() {
        writers--;
        if (writers == 0) {
            for (SimThread t : List.copyOf(waiters)) {
                machine.wake(t);
            }
        }
    }

    void taskDone() {
        if (unfinished <= 0) {
            throw PyErr.valueError("task_done() called too many times");
        }
        unfinished--;
        machine.emit("queue.task_done", traceId, "unfinished", unfinished, "woke", List.of());
        if (unfinished == 0) {
            for (SimThread t : List.copyOf(joiners)) {
                machine.wake(t);
            }
        }
    }

    void join() {
        while (unfinished > 0) {
            joiners.add(me());
            machine.block(this, -1, "join");
            joiners.remove(me());
        }
    }

    int size() {
        return items.size();
    }

    private void emitState(String kind, String item, SimThread woke) {
        List<String> reprs = new ArrayList<>();
        for (Item i : items) {
            if (reprs.size() == QueueObject.TRACE_ITEMS) {
                break;
            }
            reprs.add(i.repr());
        }
        machine.emit(kind, traceId, "item", item, "woke", woke == null ? null : (Object) woke.id(), "size",
                items.size(), "items", reprs, "unfinished", unfinished);
    }

    private static ChannelObject self(PyObject o) {
        return (ChannelObject) o;
    }

    private static long timeout(Interpreter in, PyObject block, PyObject timeout) {
        return Ops.truthy(in, block) ? ThreadingModule.timeoutArg(in, timeout) : 0;
    }

    static {
        TYPE.setModule("_multiprocessing");
        Methods.def(TYPE, "put", (in, a, k) -> PyBool.of(self(a[0]).put(in, a[1], timeout(in, a[2], a[3]))));
        Methods.def(TYPE, "get", (in, a, k) -> {
            PyObject r = self(a[0]).get(in, timeout(in, a[1], a[2]));
            return r == null ? PyTuple.of(PyBool.FALSE, PyNone.NONE) : PyTuple.of(PyBool.TRUE, r);
        });
        Methods.def(TYPE, "qsize", (in, a, k) -> PyInt.of(self(a[0]).size()));
        Methods.def(TYPE, "task_done", (in, a, k) -> {
            self(a[0]).taskDone();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "join", (in, a, k) -> {
            self(a[0]).join();
            return PyNone.NONE;
        });
    }
}
