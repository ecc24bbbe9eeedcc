package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What concurrent.futures shows in the trace (docs/trace.md): each pool is an entity of kind
 * "pool" and each Future one of kind "future"; the lines of _base.py, thread.py and process.py
 * marked "interleave" call the natives here when a future changes state and when a pool gets a call,
 * starts a worker, hands a call to a worker, is shut down or breaks. Values in events are reprs
 * made without running the program's code ({@link SafeRepr}), so tracing never prints or changes
 * anything the program sees.
 */
final class FuturesTrace {

    private FuturesTrace() {}

    /** Longest call or value text in an event. */
    private static final int TEXT_MAX = 120;

    /** Per run: the entity ids of futures and pools, and which pool and call each future has. */
    private static final class State {
        final Map<PyObject, Integer> futures = new IdentityHashMap<>();
        final Map<PyObject, Integer> pools = new IdentityHashMap<>();
        final Map<PyObject, Integer> poolOf = new IdentityHashMap<>();
        final Map<PyObject, String> calls = new IdentityHashMap<>();
        int unnamed;
        int processPools;
    }

    private static State state(Interpreter in) {
        return in.moduleState("concurrent.futures", State::new);
    }

    static final PyBuiltinFunction[] BASE_NATIVES = {
        Methods.fn("_trace_future", (in, a, k) -> newFuture(in, a[0])),
        Methods.fn("_trace_state", (in, a, k) -> stateChanged(in, a[0])),
    };

    // the natives both pools call the same way
    private static final PyBuiltinFunction SUBMIT = Methods.fn("_trace_submit",
            (in, a, k) -> submitted(in, a[0], a[1], a[2], a[3], a[4]));
    private static final PyBuiltinFunction SHUTDOWN = Methods.fn("_trace_shutdown", (in, a, k) -> poolEvent(in,
            a[0], "pool.shutdown", "wait", Ops.truthy(in, a[1]), "cancelFutures", Ops.truthy(in, a[2])));
    private static final PyBuiltinFunction BROKEN = Methods.fn("_trace_broken", (in, a, k) -> poolEvent(in, a[0],
            "pool.broken", "message", Ops.str(in, Attr.get(in, a[0], "_broken"))));

    static final PyBuiltinFunction[] THREAD_NATIVES = {
        Methods.fn("_trace_pool", (in, a, k) -> newPool(in, a[0])),
        SUBMIT,
        Methods.fn("_trace_worker", (in, a, k) -> {
            SimThread t = ThreadingModule.state(in).sims.get(a[1]);
            Integer pool = state(in).pools.get(a[0]);
            if (t != null && pool != null) {
                in.machine().emit("pool.worker", pool, "thread", t.id(), "workers",
                        Ops.len(in, Attr.get(in, a[0], "_threads")));
            }
            return PyNone.NONE;
        }),
        Methods.fn("_trace_take", (in, a, k) -> taken(in, a[0])),
        SHUTDOWN,
        BROKEN,
    };

    /** concurrent.futures.process: the same events, the workers being processes (docs/trace.md). */
    static final PyBuiltinFunction[] PROCESS_NATIVES = {
        Methods.fn("_trace_pool", (in, a, k) -> newProcessPool(in, a[0], a[1])),
        SUBMIT,
        Methods.fn("_trace_worker", (in, a, k) -> {
            SimProcess p = in.machine().processes().byPid(ClinicArgs.ssize(in, a[1]));
            Integer pool = state(in).pools.get(a[0]);
            if (p != null && pool != null) {
                in.machine().emit("pool.worker", pool, "thread", p.mainThread().id(), "process", p.id(),
                        "workers", Ops.len(in, Attr.get(in, a[0], "_processes")));
            }
            return PyNone.NONE;
        }),
        Methods.fn("_trace_call", (in, a, k) -> {
            State st = state(in);
            Integer pool = st.poolOf.get(a[0]);
            Integer fid = st.futures.get(a[0]);
            return pool == null || fid == null ? PyNone.NONE
                    : PyTuple.of(PyInt.of(pool), PyInt.of(fid), PyStr.of(st.calls.get(a[0])));
        }),
        Methods.fn("_trace_take", (in, a, k) -> {
            if (a[0] instanceof PyTuple t && t.size() == 3) {
                in.machine().emit("pool.take", (int) ClinicArgs.ssize(in, t.get(0)), "future",
                        (int) ClinicArgs.ssize(in, t.get(1)), "call", Ops.str(in, t.get(2)), "cancelled", false);
            }
            return PyNone.NONE;
        }),
        SHUTDOWN,
        BROKEN,
    };

    // ---- futures ----

    private static PyObject newFuture(Interpreter in, PyObject future) {
        State st = state(in);
        String name = assignedName(in.currentThread());
        if (name == null) {
            name = "future-" + ++st.unnamed;
        }
        Machine machine = in.machine();
        int id = machine.newObject("future", name, in.currentThread().userLine());
        st.futures.put(future, id);
        machine.emit("future.state", id, "state", "pending");
        return PyNone.NONE;
    }

    /**
     * The variable the program stores a Future it constructs itself in ({@code f = Future()}):
     * what the frame that called Future.__init__ stores, when that frame is the program's.
     */
    private static String assignedName(ThreadState ts) {
        Frame caller = ts.top == null ? null : ts.top.back;
        return caller == null || caller.code.source.isLibrary() ? null : Naming.storeTarget(caller);
    }

    private static PyObject stateChanged(Interpreter in, PyObject future) {
        State st = state(in);
        Integer id = st.futures.get(future);
        if (id == null) {
            return PyNone.NONE;
        }
        Machine machine = in.machine();
        String state = Ops.str(in, Attr.get(in, future, "_state"));
        Integer pool = st.poolOf.get(future);
        switch (state) {
            case "RUNNING" -> machine.emit("future.state", id, "state", "running");
            case "CANCELLED" -> {
                machine.emit("future.state", id, "state", "cancelled");
                if (pool != null) {
                    // kept until a worker takes the cancelled item (pool.take) or for good if none does
                    machine.emit("pool.cancel", pool, "future", id, "call", st.calls.get(future));
                } else {
                    st.futures.remove(future);
                }
            }
            case "FINISHED" -> {
                PyObject exc = Attr.get(in, future, "_exception");
                boolean raised = exc != PyNone.NONE;
                String value = text(in, raised ? exc : Attr.get(in, future, "_result"));
                String outcome = raised ? "exception" : "result";
                machine.emit("future.state", id, "state", "finished", outcome, value);
                if (pool != null) {
                    machine.emit("pool.done", pool, "future", id, "call", st.calls.get(future), "outcome", outcome,
                            "value", value);
                }
                st.futures.remove(future);
                st.poolOf.remove(future);
                st.calls.remove(future);
            }
            default -> { }
        }
        return PyNone.NONE;
    }

    // ---- pools ----

    private static PyObject newPool(Interpreter in, PyObject pool) {
        String name = Ops.str(in, Attr.get(in, pool, "_thread_name_prefix"));
        long max = ClinicArgs.ssize(in, Attr.get(in, pool, "_max_workers"));
        PyObject queue = Attr.get(in, pool, "_work_queue");
        Object queueId = queue instanceof SyncObject s ? s.traceId() : null;
        int id = in.machine().newObject("pool", name, in.currentThread().userLine(), "flavour", "thread",
                "maxWorkers", max, "queue", queueId);
        state(in).pools.put(pool, id);
        return PyNone.NONE;
    }

    /** A ProcessPoolExecutor: {@code ProcessPoolExecutor-0}, -1... in the run; its queue is the call queue. */
    private static PyObject newProcessPool(Interpreter in, PyObject pool, PyObject callQueue) {
        State st = state(in);
        long max = ClinicArgs.ssize(in, Attr.get(in, pool, "_max_workers"));
        Object queueId = callQueue instanceof SyncObject s ? s.traceId() : null;
        int id = in.machine().newObject("pool", "ProcessPoolExecutor-" + st.processPools++,
                in.currentThread().userLine(), "flavour", "process", "maxWorkers", max, "queue", queueId);
        st.pools.put(pool, id);
        return PyNone.NONE;
    }

    private static PyObject submitted(Interpreter in, PyObject pool, PyObject future, PyObject fn, PyObject args,
            PyObject kwargs) {
        State st = state(in);
        Integer id = st.pools.get(pool);
        Integer fid = st.futures.get(future);
        if (id == null || fid == null) {
            return PyNone.NONE;
        }
        String call = call(in, fn, args, kwargs);
        st.poolOf.put(future, id);
        st.calls.put(future, call);
        in.machine().emit("pool.submit", id, "future", fid, "call", call);
        return PyNone.NONE;
    }

    private static PyObject taken(Interpreter in, PyObject workItem) {
        if (workItem == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyObject future = Attr.get(in, workItem, "future");
        State st = state(in);
        Integer pool = st.poolOf.get(future);
        Integer fid = st.futures.get(future);
        if (pool == null) {
            return PyNone.NONE;
        }
        boolean cancelled = !"PENDING".equals(Ops.str(in, Attr.get(in, future, "_state")));
        in.machine().emit("pool.take", pool, "future", fid, "call", st.calls.get(future), "cancelled", cancelled);
        if (cancelled) {
            st.futures.remove(future);
            st.poolOf.remove(future);
            st.calls.remove(future);
        }
        return PyNone.NONE;
    }

    private static PyObject poolEvent(Interpreter in, PyObject pool, String kind, Object... details) {
        Integer id = state(in).pools.get(pool);
        if (id != null) {
            in.machine().emit(kind, id, details);
        }
        return PyNone.NONE;
    }

    // ---- texts ----

    /** "fetch(3, retries=2)": the call a work item makes. */
    static String call(Interpreter in, PyObject fn, PyObject args, PyObject kwargs) {
        PyObject name = Attr.getOrNull(in, fn, "__name__");
        PyObject inner = name == null ? Attr.getOrNull(in, fn, "func") : null;
        PyObject innerName = inner == null ? null : Attr.getOrNull(in, inner, "__name__");
        if (innerName instanceof PyStr s && Attr.getOrNull(in, fn, "args") instanceof PyTuple bound) {
            // a partial (a process pool's map submits partial(_process_chunk, fn)): its function and bound args
            return call(in, s.value, bound, args, kwargs);
        }
        return call(in, name instanceof PyStr s ? s.value : "<" + fn.type().name() + " object>", null, args, kwargs);
    }

    /** "name(3, retries=2)". */
    static String call(Interpreter in, String name, PyObject args, PyObject kwargs) {
        return call(in, name, null, args, kwargs);
    }

    private static String call(Interpreter in, String name, PyTuple bound, PyObject args, PyObject kwargs) {
        StringBuilder sb = new StringBuilder(name).append('(');
        String sep = "";
        for (int i = 0; bound != null && i < bound.size(); i++) {
            sb.append(sep).append(repr(in, bound.get(i)));
            sep = ", ";
        }
        if (args instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                sb.append(sep).append(repr(in, t.get(i)));
                sep = ", ";
            }
        }
        if (kwargs instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                sb.append(sep).append(Ops.str(in, d.keyAt(e))).append('=').append(repr(in, d.valueAt(e)));
                sep = ", ";
            }
        }
        return cut(sb.append(')').toString());
    }

    static String text(Interpreter in, PyObject o) {
        return cut(repr(in, o));
    }

    static String cut(String s) {
        return s.length() > TEXT_MAX ? s.substring(0, TEXT_MAX - 3) + "..." : s;
    }

    /**
     * A value's repr that runs no program code ({@link SafeRepr}); an exception whose class keeps
     * BaseException's repr as Python shows it: {@code ValueError('bad')}.
     */
    private static String repr(Interpreter in, PyObject o) {
        if (o instanceof PyBaseException e
                && e.type().lookup("__repr__") == Builtins.BASE_EXCEPTION.lookup("__repr__")) {
            String args = SafeRepr.of(in, e.args);
            if (e.args.size() == 1) {
                args = args.substring(0, args.length() - 2) + ")";
            }
            return e.type().name() + args;
        }
        return SafeRepr.of(in, o);
    }
}
