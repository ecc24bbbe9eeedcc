package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import java.util.HashMap;
import java.util.Map;

/**
 * What a multiprocessing Pool shows in the trace (docs/trace.md): the pool as an entity of kind
 * "pool" (flavour "process") and each task (one call of apply_async, or one chunk of a map) as
 * one of kind "future", with the events ThreadPoolExecutor's pools have: a worker process
 * started ({@code pool.worker}), a task handed to the workers' queue ({@code pool.submit}), taken
 * by a worker ({@code pool.take}) and done ({@code pool.done}), the pool closed or terminated
 * ({@code pool.shutdown}). It lives outside the processes, as the pool's queues do: the workers
 * get the same object (through the pool's inqueue) and report to it from their own threads.
 */
final class PoolTrace extends PyObject implements SharedAcrossProcesses {

    static final PyType TYPE = new PyType("PoolTrace", Builtins.OBJECT, true);

    /** A task in flight: its entity and its call's text. */
    private record Task(int future, String call) {
    }

    private final Machine machine;
    private final int id;
    private final String name;
    /** Tasks by "job:index"; only looked up, never iterated. */
    private final Map<String, Task> tasks = new HashMap<>();
    private int submitted;
    private boolean closed;
    private boolean terminated;

    PoolTrace(Interpreter in, PyObject pool, PyObject processes, PyObject inqueue) {
        this.machine = in.machine();
        PyObject writer = Attr.get(in, inqueue, "_writer");
        ConnectionObject end = (ConnectionObject) Attr.get(in, writer, "_end");
        String chan = end.out.name;
        this.name = chan.endsWith(".inqueue") ? chan.substring(0, chan.length() - ".inqueue".length()) : chan;
        String start = Ops.str(in, in.callMethod(Attr.get(in, pool, "_ctx"), "get_start_method"));
        this.id = machine.newObject("pool", name, in.currentThread().userLine(), "flavour", "process",
                "maxWorkers", ClinicArgs.ssize(in, processes), "queue", end.out.traceId(), "start", start);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A worker process started: its main thread, its process, how many workers the pool has. */
    private void worker(Interpreter in, PyObject process, PyObject pool) {
        SimProcess p = machine.processes().byPid(ClinicArgs.ssize(in, Attr.get(in, process, "pid")));
        if (p != null) {
            machine.emit("pool.worker", id, "thread", p.mainThread().id(), "process", p.id(), "workers",
                    Ops.len(in, pool));
        }
    }

    /** The task handler puts task (job, i, func, args, kwds) on the workers' queue. */
    private void submit(Interpreter in, PyObject task) {
        PyTuple t = (PyTuple) task;
        Integer line = jobLines(in).get(ClinicArgs.ssize(in, t.get(0)));
        int future = machine.newObject("future", name + ".task-" + ++submitted, line == null ? 0 : line);
        String call = call(in, t.get(2), t.get(3), t.get(4));
        tasks.put(key(in, t), new Task(future, call));
        machine.emit("future.state", future, "state", "pending");
        machine.emit("pool.submit", id, "future", future, "call", call, "job", ClinicArgs.ssize(in, t.get(0)),
                "index", ClinicArgs.ssize(in, t.get(1)));
    }

    /** A worker takes the task: it runs it now. */
    private void take(Interpreter in, PyObject task) {
        Task tk = tasks.get(key(in, (PyTuple) task));
        if (tk != null) {
            machine.emit("pool.take", id, "future", tk.future, "call", tk.call, "cancelled", false);
            machine.emit("future.state", tk.future, "state", "running");
        }
    }

    /** The task is done (success, value): by the worker, or by the task handler that could not send it. */
    private void done(Interpreter in, PyObject task, PyObject result) {
        Task tk = tasks.remove(key(in, (PyTuple) task));
        if (tk == null) {
            return;
        }
        PyTuple r = (PyTuple) result;
        boolean ok = Ops.truthy(in, r.get(0));
        PyObject v = r.get(1);
        if (!ok && v.type().name().equals("ExceptionWithTraceback")) {
            v = Attr.get(in, v, "exc");
        }
        String outcome = ok ? "result" : "exception";
        String value = FuturesTrace.text(in, v);
        machine.emit("future.state", tk.future, "state", "finished", outcome, value);
        machine.emit("pool.done", id, "future", tk.future, "call", tk.call, "outcome", outcome, "value", value);
    }

    /** close() while running, or the first terminate(). */
    private void shutdown(Interpreter in, PyObject pool, String how) {
        boolean terminate = how.equals("terminate");
        if (terminate ? terminated : closed || !"RUN".equals(Ops.str(in, Attr.get(in, pool, "_state")))) {
            return;
        }
        if (terminate) {
            terminated = true;
        }
        closed = true;
        machine.emit("pool.shutdown", id, "how", how, "wait", false, "cancelFutures", terminate);
    }

    /**
     * The program's line that made each job (an apply_async, a map...), by job number, in this
     * process: the line its tasks are shown at.
     */
    static Map<Long, Integer> jobLines(Interpreter in) {
        return in.moduleState("multiprocessing.pool.jobs", HashMap::new);
    }

    private static String key(Interpreter in, PyTuple task) {
        return ClinicArgs.ssize(in, task.get(0)) + ":" + ClinicArgs.ssize(in, task.get(1));
    }

    /**
     * The task's call: {@code f(3)} for apply_async, {@code map(f, (1, 2))} for a chunk of map
     * (mapstar), {@code starmap(f, ((1, 2),))} for starmap's.
     */
    private static String call(Interpreter in, PyObject func, PyObject args, PyObject kwds) {
        PyObject fname = Attr.getOrNull(in, func, "__name__");
        String f = fname instanceof PyStr s ? s.value : "";
        if ((f.equals("mapstar") || f.equals("starmapstar")) && args instanceof PyTuple t && t.size() == 1
                && t.get(0) instanceof PyTuple pair && pair.size() == 2) {
            PyObject inner = Attr.getOrNull(in, pair.get(0), "__name__");
            String fn = inner instanceof PyStr n ? n.value : "<" + pair.get(0).type().name() + " object>";
            return FuturesTrace.cut((f.equals("mapstar") ? "map(" : "starmap(") + fn + ", "
                    + SafeRepr.of(in, pair.get(1)) + ")");
        }
        return FuturesTrace.call(in, func, args, kwds);
    }

    private static PoolTrace self(PyObject o) {
        return (PoolTrace) o;
    }

    static {
        TYPE.setModule("multiprocessing.pool");
        Methods.def(TYPE, "worker", (in, a, k) -> {
            self(a[0]).worker(in, a[1], a[2]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "submit", (in, a, k) -> {
            self(a[0]).submit(in, a[1]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "take", (in, a, k) -> {
            self(a[0]).take(in, a[1]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "done", (in, a, k) -> {
            self(a[0]).done(in, a[1], a[2]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "shutdown", (in, a, k) -> {
            self(a[0]).shutdown(in, a[1], Ops.str(in, a[2]));
            return PyNone.NONE;
        });
    }
}
