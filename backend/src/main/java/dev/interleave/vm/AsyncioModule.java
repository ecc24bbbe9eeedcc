package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Waitable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The asyncio module: written in Python (resources under asyncio/, one per CPython module, laid
 * out on CPython 3.13's line numbers), run into one namespace over the natives defined here: the
 * event loop's blocking wait on the machine's virtual clock, the running loop of each simulated
 * thread, trace entities and events, and what CPython's C accelerator knows about coroutines.
 */
final class AsyncioModule implements NativeModule {

    /**
     * The Python halves, in the order they run, with the module name their classes report
     * (asyncio.Future is _asyncio.Future in CPython; CancelledError is asyncio.exceptions').
     * Files whose name starts with an underscore stand for C code: their frames are invisible.
     */
    private static final String[][] PARTS = {
        {"asyncio/exceptions.py", "asyncio.exceptions"},
        {"asyncio/_asyncio.py", "_asyncio"},
        {"asyncio/coroutines.py", "asyncio.coroutines"},
        {"asyncio/events.py", "asyncio.events"},
        {"asyncio/futures.py", "asyncio.futures"},
        {"asyncio/base_events.py", "asyncio.base_events"},
        {"asyncio/tasks.py", "asyncio.tasks"},
        {"asyncio/timeouts.py", "asyncio.timeouts"},
        {"asyncio/taskgroups.py", "asyncio.taskgroups"},
        {"asyncio/mixins.py", "asyncio.mixins"},
        {"asyncio/locks.py", "asyncio.locks"},
        {"asyncio/queues.py", "asyncio.queues"},
        {"asyncio/runners.py", "asyncio.runners"},
        {"asyncio/threads.py", "asyncio.threads"},
    };

    @Override
    public String name() {
        return "asyncio";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("asyncio");
        in.modules().put("asyncio", m);
        try {
            PyDict d = m.dict();
            for (PyBuiltinFunction f : NATIVES) {
                d.putStr(f.name, f);
            }
            d.putStr("TimeoutError", Builtins.TIMEOUT_ERROR);
            d.putStr("math", in.importModule("math"));
            for (String[] part : PARTS) {
                // CPython's submodules (asyncio.events...) are this one namespace: the code
                // copied from them says events.get_running_loop() and finds it here.
                String sub = part[1].substring(part[1].indexOf('.') + 1);
                if (!sub.startsWith("_")) {
                    d.putStr(sub, m);
                }
            }
            for (String[] part : PARTS) {
                d.putStr("__name__", PyStr.of(part[1]));
                LibrarySource.exec(in, m, part[0], part[0].startsWith("asyncio/_"));
            }
            d.putStr("__name__", PyStr.of("asyncio"));
        } catch (RuntimeException e) {
            in.modules().remove("asyncio");
            throw e;
        }
        return m;
    }

    /** Per run: the loop each simulated thread is running (asyncio._get_running_loop). */
    private static Map<SimThread, PyObject> runningLoops(Interpreter in) {
        return in.moduleState("asyncio.running", IdentityHashMap::new);
    }

    /**
     * A loop's thread as other threads see it: blocked in its idle wait (when some call from
     * another thread is due back: run_in_executor, to_thread), or owed a wake-up that came while
     * it was busy (call_soon_threadsafe's write to the self-pipe in CPython).
     */
    private static final class LoopWait implements Waitable {
        final int thread;
        SimThread sleeper;
        boolean pending;

        LoopWait(int thread) {
            this.thread = thread;
        }

        @Override
        public int traceId() {
            return thread;
        }

        @Override
        public String describe() {
            return "its event loop, which waits for a call from another thread";
        }
    }

    /** Per run: each loop thread's wait, by thread id. */
    private static Map<Integer, LoopWait> loopWaits(Interpreter in) {
        return in.moduleState("asyncio.loopWaits", java.util.HashMap::new);
    }

    /**
     * The loop's wait when nothing is ready: until the next timer ({@code timeout} seconds) or
     * for good ({@code None}). With {@code threadsafe} true, calls from other threads are due
     * back, so the thread blocks where {@code _wake} can reach it (CPython's selector on its
     * self-pipe); otherwise it sleeps on the machine's clock.
     */
    private static PyObject idle(Interpreter in, PyObject timeout, boolean threadsafe) {
        Machine machine = in.machine();
        SimThread me = machine.current();
        if (threadsafe) {
            LoopWait w = loopWaits(in).computeIfAbsent(me.id(), LoopWait::new);
            if (w.pending) {
                w.pending = false;
                return PyNone.NONE;
            }
            long ns = timeout == PyNone.NONE ? -1 : (long) Math.ceil(ClinicArgs.real(in, timeout) * 1e9);
            w.sleeper = me;
            try {
                machine.block(w, ns, "event-loop");
            } finally {
                w.sleeper = null;
            }
            w.pending = false;
            return PyNone.NONE;
        }
        if (timeout == PyNone.NONE) {
            machine.block(new Waitable() {
                @Override
                public int traceId() {
                    return me.id();
                }

                @Override
                public String describe() {
                    return "its event loop, which has nothing to run and no timer";
                }
            }, -1, "event-loop");
            return PyNone.NONE;
        }
        double secs = ClinicArgs.real(in, timeout);
        if (secs > 0) {
            machine.sleep((long) Math.ceil(secs * 1e9));
        }
        return PyNone.NONE;
    }

    /** call_soon_threadsafe's wake-up of the loop running on thread {@code thread}. */
    private static PyObject wake(Interpreter in, int thread) {
        LoopWait w = loopWaits(in).computeIfAbsent(thread, LoopWait::new);
        if (w.sleeper != null) {
            in.machine().wake(w.sleeper);
        } else {
            w.pending = true;
        }
        return PyNone.NONE;
    }

    /** A Python value as plain trace data: str, int, float, bool, null, or a list of them. */
    private static Object plain(Interpreter in, PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (v instanceof PyInt) {
            return Ops.index(in, v);
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyStr s) {
            return s.value;
        }
        if (v instanceof PyList l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(plain(in, l.items[i]));
            }
            return out;
        }
        return Ops.str(in, v);
    }

    /** _emit(kind, obj, name, value, ...): one trace event by the running thread. */
    private static PyObject emit(Interpreter in, PyObject[] a) {
        Object[] details = new Object[a.length - 2];
        for (int i = 2; i < a.length; i++) {
            details[i - 2] = i % 2 == 0 ? Ops.str(in, a[i]) : plain(in, a[i]);
        }
        in.machine().emit(Ops.str(in, a[0]), (int) Ops.index(in, a[1]), details);
        return PyNone.NONE;
    }

    /**
     * _entity(kind, name, fact, value, ...): registers a trace entity; a None name is taken from
     * the user code that creates the object (its variable, else kind-N).
     */
    private static PyObject entity(Interpreter in, PyObject[] a) {
        String kind = Ops.str(in, a[0]);
        ThreadState ts = in.currentThread();
        String name = a[1] == PyNone.NONE ? userAssignedName(ts, kind) : Ops.str(in, a[1]);
        Object[] facts = new Object[a.length - 2];
        for (int i = 2; i < a.length; i++) {
            facts[i - 2] = i % 2 == 0 ? Ops.str(in, a[i]) : plain(in, a[i]);
        }
        return PyInt.of(in.machine().newObject(kind, name, ts.userLine(), facts));
    }

    /**
     * _object_entity(obj, kind, fact, value, ...): registers a synchronisation object the program
     * creates (named after its variable), or returns -1 for one the library creates for itself
     * (a Barrier's Condition): the frame below obj's own constructors must be the program's.
     */
    private static PyObject objectEntity(Interpreter in, PyObject[] a) {
        ThreadState ts = in.currentThread();
        Frame f = ts.top;
        while (f != null && f.code.source.isLibrary() && f.locals.length > 0 && f.locals[0] == a[0]) {
            f = f.back;
        }
        if (f == null || f.code.source.isLibrary()) {
            return PyInt.of(-1);
        }
        String kind = Ops.str(in, a[1]);
        Frame saved = ts.top;
        String name;
        try {
            ts.top = f;
            name = Naming.assignedName(ts, kind);
        } finally {
            ts.top = saved;
        }
        Object[] facts = new Object[a.length - 2];
        for (int i = 2; i < a.length; i++) {
            facts[i - 2] = i % 2 == 0 ? Ops.str(in, a[i]) : plain(in, a[i]);
        }
        return PyInt.of(in.machine().newObject(kind, name, f.line(), facts));
    }

    /** Naming.assignedName as seen from the innermost frame of the program (not the library's). */
    private static String userAssignedName(ThreadState ts, String kind) {
        Frame saved = ts.top;
        Frame f = ts.top;
        while (f != null && f.code.source.isLibrary()) {
            f = f.back;
        }
        try {
            ts.top = f;
            return Naming.assignedName(ts, kind);
        } finally {
            ts.top = saved;
        }
    }

    private static PyGenerator coroutine(PyObject o) {
        return o instanceof PyGenerator g ? g : null;
    }

    /** What CPython's format_helpers._format_coroutine says of a coroutine, without the angle brackets. */
    private static String describeCoroutine(Interpreter in, PyObject coro) {
        PyGenerator g = coroutine(coro);
        if (g == null) {
            return Ops.repr(in, coro);
        }
        PyCode code = g.frame.code;
        String name = g.qualname + "()";
        if (g.isClosed()) {
            return name + " done, defined at " + code.source.name() + ":" + code.firstLine;
        }
        int line = g.state == PyGenerator.State.CREATED ? code.firstLine : g.frame.line();
        return name + " running at " + code.source.name() + ":" + line;
    }

    /** The line a coroutine is suspended at (its first line before it starts, 0 when done). */
    private static int coroutineLine(PyObject coro) {
        PyGenerator g = coroutine(coro);
        if (g == null || g.isClosed()) {
            return 0;
        }
        if (g.state == PyGenerator.State.CREATED) {
            return g.frame.code.firstLine;
        }
        return g.frame.line();
    }

    private static boolean isCoroutineFunction(PyObject f) {
        if (f instanceof PyBoundMethod bm) {
            f = bm.func;
        }
        return f instanceof PyFunction fn && fn.code.has(PyCode.COROUTINE);
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_clock", (in, a, k) -> new PyFloat(in.virtualNanos() / 1e9)),
        Methods.fn("_idle", (in, a, k) -> idle(in, a[0], a.length > 1 && Ops.truthy(in, a[1]))),
        Methods.fn("_wake", (in, a, k) -> wake(in, (int) Ops.index(in, ClinicArgs.one("_wake", a, k, 0)))),
        Methods.fn("_get_running_loop", (in, a, k) -> {
            PyObject loop = runningLoops(in).get(in.machine().current());
            return loop == null ? PyNone.NONE : loop;
        }),
        Methods.fn("_set_running_loop", (in, a, k) -> {
            PyObject loop = ClinicArgs.one("_set_running_loop", a, k, 0);
            if (loop == PyNone.NONE) {
                runningLoops(in).remove(in.machine().current());
            } else {
                runningLoops(in).put(in.machine().current(), loop);
            }
            return PyNone.NONE;
        }),
        Methods.fn("_thread_id", (in, a, k) -> PyInt.of(in.machine().current().id())),
        Methods.fn("_coroutine_memory", (in, a, k) -> PyInt.of(in.machine().config().coroutineMemoryBytes())),
        Methods.fn("_emit", (in, a, k) -> emit(in, a)),
        Methods.fn("_entity", (in, a, k) -> entity(in, a)),
        Methods.fn("_object_entity", (in, a, k) -> objectEntity(in, a)),
        Methods.fn("_describe_coroutine", (in, a, k) ->
                PyStr.of(describeCoroutine(in, ClinicArgs.one("_describe_coroutine", a, k, 0)))),
        Methods.fn("_coroutine_line", (in, a, k) -> PyInt.of(coroutineLine(ClinicArgs.one("_coroutine_line", a, k, 0)))),
        Methods.fn("_is_native_coroutine", (in, a, k) -> {
            PyGenerator g = coroutine(ClinicArgs.one("_is_native_coroutine", a, k, 0));
            return PyBool.of(g != null && g.isCoroutine());
        }),
        Methods.fn("_is_coroutine_function", (in, a, k) ->
                PyBool.of(isCoroutineFunction(ClinicArgs.one("_is_coroutine_function", a, k, 0)))),
        Methods.fn("_log_error", (in, a, k) -> {
            StringBuilder sb = new StringBuilder(Ops.str(in, a[0])).append('\n');
            if (a.length > 1 && a[1] instanceof PyBaseException e) {
                sb.append(TracebackPrinter.format(in, e));
            }
            in.stderr(sb.toString());
            return PyNone.NONE;
        }),
    };
}
