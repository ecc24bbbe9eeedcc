package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Status;
import dev.interleave.machine.Waitable;
import java.util.HashSet;
import java.util.Set;

/**
 * The threading module: the synchronisation types are native (LockObject, ConditionObject...),
 * Thread and Timer are Python (resource threading.py) over the natives defined here, which tie
 * each Thread object to a simulated thread of the machine.
 */
final class ThreadingModule implements NativeModule {

    /** Thread idents look like CPython's (pthread addresses); native ids like Linux TIDs. */
    private static final long IDENT_BASE = 0x7F3A_2B00_06C0L;

    @Override
    public String name() {
        return "threading";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("threading");
        in.modules().put("threading", m);
        try {
            PyDict d = m.dict();
            d.putStr("Lock", LockObject.LOCK);
            d.putStr("_CRLock", LockObject.RLOCK);
            d.putStr("RLock", Methods.fn("RLock", (i, a, k) -> new LockObject(i, true)));
            d.putStr("Condition", ConditionObject.TYPE);
            d.putStr("Event", EventObject.TYPE);
            d.putStr("Semaphore", SemaphoreObject.SEMAPHORE);
            d.putStr("BoundedSemaphore", SemaphoreObject.BOUNDED);
            d.putStr("Barrier", BarrierObject.TYPE);
            d.putStr("BrokenBarrierError", BarrierObject.BROKEN_BARRIER_ERROR);
            d.putStr("local", LocalObject.TYPE);
            d.putStr("ThreadError", Builtins.RUNTIME_ERROR);
            d.putStr("TIMEOUT_MAX", new PyFloat(LockObject.TIMEOUT_MAX));
            for (PyBuiltinFunction f : NATIVES) {
                d.putStr(f.name, f);
            }
            d.putStr("excepthook", EXCEPTHOOK);
            d.putStr("__excepthook__", EXCEPTHOOK);
            d.putStr("_exc_info", in.importModule("sys").dict().getStr("exc_info"));
            LibrarySource.exec(in, m, "threading.py");
        } catch (RuntimeException e) {
            in.modules().remove("threading");
            throw e;
        }
        return m;
    }

    // ---- thread objects and simulated threads ----

    /** Per-run: which simulated thread each Thread object runs as. */
    static final class State {
        final java.util.Map<PyObject, SimThread> sims = new java.util.IdentityHashMap<>();
        final Set<SimThread> begun = new HashSet<>();
        int nextOrdinal = 1;
    }

    static State state(Interpreter in) {
        return in.moduleState("threading", State::new);
    }

    static long identOf(SimThread t) {
        return t == null ? 0 : IDENT_BASE + 0x80_1000L * ordinal(t);
    }

    static long nativeIdOf(SimThread t) {
        return 1000 + ordinal(t);
    }

    private static int ordinal(SimThread t) {
        return t.ordinal();
    }

    private static SimThread sim(Interpreter in, PyObject thread) {
        return state(in).sims.get(thread);
    }

    private static PyObject attr(Interpreter in, PyObject o, String name) {
        return Attr.get(in, o, name);
    }

    /** Thread.start's native half: a simulated thread runs thread._bootstrap(); wait until it has begun. */
    private static PyObject startNew(Interpreter in, PyObject thread) {
        Machine machine = in.machine();
        String name = Ops.str(in, attr(in, thread, "_name"));
        boolean daemon = Ops.truthy(in, attr(in, thread, "_daemonic"));
        SimThread t = machine.createThread(name, daemon, new ThreadState(in));
        t.handle = thread;
        State st = state(in);
        st.sims.put(thread, t);
        Attr.set(in, thread, "_started", PyBool.TRUE);
        SimThread starter = machine.current();
        Waitable gate = new Waitable() {
            @Override
            public int traceId() {
                return t.id();
            }

            @Override
            public String describe() {
                return "thread " + t.name() + " to start";
            }
        };
        t.onBegin = () -> machine.wake(starter);
        machine.start(t, () -> in.callMethod(thread, "_bootstrap"));
        if (!st.begun.contains(t)) {
            machine.block(gate, -1, "start");
        }
        return PyNone.NONE;
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_start_new", (in, a, k) -> startNew(in, a[0])),
        Methods.fn("_begin", (in, a, k) -> {
            SimThread t = in.machine().current();
            Attr.set(in, a[0], "_ident", PyInt.of(identOf(t)));
            Attr.set(in, a[0], "_native_id", PyInt.of(nativeIdOf(t)));
            state(in).begun.add(t);
            if (t.onBegin != null) {
                Runnable r = t.onBegin;
                t.onBegin = null;
                r.run();
            }
            return PyNone.NONE;
        }),
        Methods.fn("_join", (in, a, k) -> {
            SimThread t = sim(in, a[0]);
            if (t != null) {
                in.machine().join(t, timeoutArg(in, a[1]));
            }
            return PyNone.NONE;
        }),
        Methods.fn("_alive", (in, a, k) -> {
            SimThread t = sim(in, a[0]);
            return PyBool.of(t != null && t.status() != Status.DONE && t.status() != Status.CUT_OFF);
        }),
        Methods.fn("_renamed", (in, a, k) -> {
            SimThread t = sim(in, a[0]);
            if (t != null) {
                t.rename(Ops.str(in, attr(in, a[0], "_name")));
            }
            return PyNone.NONE;
        }),
        Methods.fn("_bind_main", (in, a, k) -> bind(in, a[0], in.machine().mainThread())),
        Methods.fn("_bind_dummy", (in, a, k) -> bind(in, a[0], in.machine().current())),
        Methods.fn("_deprecated", (in, a, k) -> {
            Warnings.deprecated(in, Ops.str(in, a[0]));
            return PyNone.NONE;
        }),
        Methods.fn("_uncaught", (in, a, k) -> {
            if (a[0] instanceof PyBaseException e) {
                exceptionEvent(in, e);
            }
            return PyNone.NONE;
        }),
        Methods.fn("_hook_failed", (in, a, k) -> {
            in.stderr("Exception in threading.excepthook:\n");
            in.stderr(TracebackPrinter.format(in, (PyBaseException) a[0]));
            return PyNone.NONE;
        }),
        Methods.fn("current_thread", (in, a, k) -> {
            ClinicArgs.none("current_thread", a, k, 0);
            return currentThread(in);
        }),
        Methods.fn("main_thread", (in, a, k) -> {
            ClinicArgs.none("main_thread", a, k, 0);
            return (PyObject) in.machine().mainThread().handle;
        }),
        Methods.fn("enumerate", (in, a, k) -> {
            ClinicArgs.none("enumerate", a, k, 0);
            PyList l = new PyList();
            for (SimThread t : in.machine().threads()) {
                if (t.handle != null && t.status() != Status.DONE && t.status() != Status.CUT_OFF) {
                    l.append((PyObject) t.handle);
                }
            }
            return l;
        }),
        Methods.fn("active_count", (in, a, k) -> {
            ClinicArgs.none("active_count", a, k, 0);
            int n = 0;
            for (SimThread t : in.machine().threads()) {
                if (t.handle != null && t.status() != Status.DONE && t.status() != Status.CUT_OFF) {
                    n++;
                }
            }
            return PyInt.of(n);
        }),
        Methods.fn("get_ident", (in, a, k) -> {
            ClinicArgs.none("get_ident", a, k, 0);
            return PyInt.of(identOf(in.machine().current()));
        }),
        Methods.fn("get_native_id", (in, a, k) -> {
            ClinicArgs.none("get_native_id", a, k, 0);
            return PyInt.of(nativeIdOf(in.machine().current()));
        }),
        Methods.fn("settrace", (in, a, k) -> PyNone.NONE),
        Methods.fn("setprofile", (in, a, k) -> PyNone.NONE),
        Methods.fn("settrace_all_threads", (in, a, k) -> PyNone.NONE),
        Methods.fn("setprofile_all_threads", (in, a, k) -> PyNone.NONE),
        Methods.fn("gettrace", (in, a, k) -> PyNone.NONE),
        Methods.fn("getprofile", (in, a, k) -> PyNone.NONE),
        Methods.fn("stack_size", (in, a, k) -> {
            ClinicArgs.positional("stack_size", a, k, 0, 0, 1);
            if (a.length == 1) {
                long size = ClinicArgs.ssize(in, a[0]);
                if (size != 0 && size < 32768) {
                    throw PyErr.valueError("size not valid: " + size + " bytes");
                }
            }
            return PyInt.of(0);
        }),
    };

    private static PyObject bind(Interpreter in, PyObject thread, SimThread t) {
        t.handle = thread;
        state(in).sims.put(thread, t);
        state(in).begun.add(t);
        Attr.set(in, thread, "_ident", PyInt.of(identOf(t)));
        Attr.set(in, thread, "_native_id", PyInt.of(nativeIdOf(t)));
        return PyNone.NONE;
    }

    /** Marks an exception that ended a thread in the trace: its type and message. */
    static void exceptionEvent(Interpreter in, PyBaseException e) {
        in.machine().emit("thread.exception", in.machine().current().id(), "type", e.type().qualname(),
                "message", TracebackPrinter.lastLine(in, e));
    }

    static PyObject currentThread(Interpreter in) {
        SimThread t = in.machine().current();
        if (t.handle == null) {
            PyModule m = in.importModule("threading");
            in.call(m.dict().getStr("_DummyThread"));
        }
        return (PyObject) t.handle;
    }

    /** threading.excepthook's default: "Exception in thread NAME:" and the traceback, on stderr. */
    static final PyBuiltinFunction EXCEPTHOOK = Methods.fn("excepthook", (in, a, k) -> {
        PyObject args = ClinicArgs.one("excepthook", a, k, 0);
        PyObject type = Attr.get(in, args, "exc_type");
        if (type == Builtins.SYSTEM_EXIT) {
            return PyNone.NONE;
        }
        PyObject value = Attr.get(in, args, "exc_value");
        PyObject thread = Attr.get(in, args, "thread");
        String name = thread == PyNone.NONE ? Long.toString(identOf(in.machine().current()))
                : Ops.str(in, Attr.get(in, thread, "name"));
        StringBuilder sb = new StringBuilder("Exception in thread ").append(name).append(":\n");
        if (value instanceof PyBaseException e) {
            sb.append(TracebackPrinter.format(in, e));
        } else {
            sb.append(Ops.str(in, type)).append('\n');
        }
        in.stderr(sb.toString());
        return PyNone.NONE;
    });

    // ---- helpers shared by the threading types ----

    /** A timeout argument in seconds (None: wait forever) as ns, -1 for none; negative means 0. */
    static long timeoutArg(Interpreter in, PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return -1;
        }
        double secs = ClinicArgs.real(in, timeout);
        if (secs <= 0) {
            return 0;
        }
        return secs >= LockObject.TIMEOUT_MAX ? -1 : Math.round(secs * 1e9);
    }

    /** "threading.Event" for the type itself, the subclass's qualified name otherwise. */
    static String className(PyObject o) {
        PyType t = o.type();
        return t.isBuiltin() ? t.module() + "." + t.name() : t.module() + "." + t.qualname();
    }
}
