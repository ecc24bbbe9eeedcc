package dev.interleave.vm;

import dev.interleave.engine.Limits;
import dev.interleave.engine.OutputSink;
import dev.interleave.machine.Machine;
import dev.interleave.machine.MachineConfig;
import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.Trace;
import java.util.HashMap;
import java.util.Map;

/**
 * One run's interpreter: its builtins, modules, output and limits, and the entry points by
 * which Java code calls Python. Nothing here is shared between runs.
 */
public final class Interpreter {

    private final OutputSink out;
    private final Limits limits;
    private final long seed;
    private PyDict builtins = new PyDict();
    private final Map<String, PyModule> modules = new HashMap<>();
    private Map<String, Object> moduleState = new HashMap<>();
    private final java.util.List<Runnable> exitHooks = new java.util.ArrayList<>();
    private final SignalState signals = new SignalState(this);
    private final EvalLoop loop;
    private final ThreadState mainThread;
    private ThreadState current;
    private final long wallDeadline;
    private final long heapLimit;
    private final Machine machine;
    private int recursionLimit;
    private String[] argv = {""};

    public Interpreter(OutputSink out, Limits limits, long seed) {
        this(out, limits, seed, MachineConfig.defaults(), SchedulePolicy.seeded(seed),
                new Trace(false, limits.maxTraceEvents()));
    }

    public Interpreter(OutputSink out, Limits limits, long seed, MachineConfig config, SchedulePolicy policy,
            Trace trace) {
        this.out = out;
        this.limits = limits;
        this.seed = seed;
        this.recursionLimit = limits.recursionLimit();
        this.wallDeadline = System.nanoTime() + limits.maxWallMillis() * 1_000_000L;
        this.heapLimit = HeapGuard.effectiveLimit(limits.maxHeapBytes());
        this.loop = new EvalLoop(this);
        this.mainThread = new ThreadState(this);
        this.current = mainThread;
        BuiltinsModule.install(this, builtins);
        this.machine = new Machine(this, config, policy, trace);
    }

    /** A child process's interpreter on the parent's machine, with nothing in it yet. */
    private Interpreter(Interpreter parent) {
        this.out = parent.out;
        this.limits = parent.limits;
        this.seed = parent.seed;
        this.recursionLimit = parent.recursionLimit;
        this.wallDeadline = parent.wallDeadline;
        this.heapLimit = parent.heapLimit;
        this.loop = new EvalLoop(this);
        this.mainThread = new ThreadState(this);
        this.current = mainThread;
        this.machine = parent.machine;
        this.cancelled = parent.cancelled;
        this.argv = parent.argv;
        this.startMethod = parent.startMethod;
        this.switchInterval = parent.switchInterval;
    }

    /** A spawned process's interpreter: fresh builtins and no modules, as a new python would start. */
    Interpreter spawnChild() {
        Interpreter c = new Interpreter(this);
        BuiltinsModule.install(c, c.builtins);
        c.mainCode = mainCode == null ? null : new ObjectCopier().copy(mainCode);
        if (c.mainCode != null) {
            c.mainCode.clearGlobalCaches();
        }
        return c;
    }

    /** The program's code (the main module's), for spawn to run again; null before it runs. */
    private PyCode mainCode;

    PyCode mainCode() {
        return mainCode;
    }

    /** A forked process's interpreter, empty until {@link #copyInto} fills it. */
    Interpreter forkChild() {
        return new Interpreter(this);
    }

    /**
     * Fork: copies this interpreter's memory (builtins, modules and everything they reach, the
     * modules' Java state) into {@code child} with {@code copier}, which maps this interpreter to
     * the child and the forking thread to the child's main thread.
     */
    void copyInto(Interpreter child, ObjectCopier copier) {
        copier.map(this, child);
        child.builtins = copier.copy(builtins);
        for (Map.Entry<String, PyModule> e : new java.util.TreeMap<>(modules).entrySet()) {
            child.modules.put(e.getKey(), copier.copy(e.getValue()));
        }
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(moduleState).entrySet()) {
            child.moduleState.put(e.getKey(), copier.copy(e.getValue()));
        }
        child.nextSerial = nextSerial;
        child.signals.copyFrom(signals, copier);
        child.stdoutBuffer = copier.copy(stdoutBuffer);
    }

    /** This process's signal handlers. */
    SignalState signals() {
        return signals;
    }

    /** What this process does with each signal (the machine asks when one arrives). */
    public dev.interleave.machine.SignalDisposition signalDisposition() {
        return signals;
    }

    /** Runs at the end of the main thread (atexit), newest first. */
    public void atExit(Runnable hook) {
        exitHooks.add(hook);
    }

    public void runExitHooks() {
        for (int i = exitHooks.size() - 1; i >= 0; i--) {
            exitHooks.get(i).run();
        }
        exitHooks.clear();
    }

    // ---- calling Python from Java ----

    /** Calls any callable with positional arguments then keyword values named by kwnames (may be null). */
    public PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        return Calls.call(this, callable, args, kwnames);
    }

    public PyObject call(PyObject callable, PyObject... args) {
        return Calls.call(this, callable, args, null);
    }

    /** obj.name(*args) */
    public PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return Calls.call(this, Attr.get(this, obj, name), args, null);
    }

    /** Runs a module's code in the main thread with {@code globals} as its namespace. */
    public PyObject runModule(PyCode code, PyDict globals) {
        PyModule main = modules.get("__main__");
        if (mainCode == null && main != null && main.dict() == globals) {
            mainCode = code;
        }
        Frame frame = new Frame(code, globals, builtins);
        return runFrame(frame);
    }

    /** A fresh namespace for the main module. */
    public PyDict mainGlobals() {
        PyModule main = new PyModule("__main__");
        modules.put("__main__", main);
        PyDict g = main.dict();
        g.putStr("__builtins__", new PyModule("builtins", builtins));
        g.putStr("__doc__", PyNone.NONE);
        return g;
    }

    /** Runs a function's frame to completion from Java. */
    PyObject runFrame(Frame frame) {
        ThreadState ts = current;
        if (ts.depth >= recursionLimit) {
            throw PyErr.recursion();
        }
        frame.back = ts.top;
        frame.mode = Frame.MODE_ENTRY;
        ts.depth++;
        return loop.run(ts, frame);
    }

    /**
     * Resumes a generator from Java: sends {@code value}, or throws {@code exc} into it when not
     * null. Returns the yielded value, or null when the generator returned ({@link #lastReturn}).
     */
    PyObject resumeGenerator(PyGenerator g, PyObject value, PyBaseException exc) {
        PyObject yf = exc == null || g.state != PyGenerator.State.SUSPENDED ? null : Frames.delegate(g.frame);
        if (yf != null && !exc.isInstance(Builtins.GENERATOR_EXIT)) {
            // gen_throw: a generator paused in yield from / await throws into what it awaits first.
            try {
                PyObject r;
                if (yf instanceof PyGenerator yg) {
                    r = resumeGenerator(yg, null, exc);
                    if (r != null) {
                        return r;
                    }
                    value = lastReturn();
                } else {
                    PyObject throwMethod = Attr.lookupSpecial(yf, "throw");
                    if (throwMethod == null) {
                        throw new PyException(exc);
                    }
                    return callMethod(yf, "throw", exc);
                }
            } catch (PyException e) {
                if (yf instanceof PyGenerator || !e.exc.isInstance(Builtins.STOP_ITERATION)) {
                    return resumeGenerator(g, null, e.exc, true);
                }
                value = e.exc.args.size() > 0 ? e.exc.args.get(0) : PyNone.NONE;
            }
            Frames.endDelegation(g.frame);
            exc = null;
        }
        return resumeGenerator(g, value, exc, true);
    }

    private PyObject resumeGenerator(PyGenerator g, PyObject value, PyBaseException exc, boolean direct) {
        ThreadState ts = current;
        Frame caller = ts.top;
        if (!loop.frames().link(ts, caller, g, value, Frame.MODE_ENTRY_GEN, 0, exc != null)) {
            lastReturn = null;
            if (exc != null) {
                throw new PyException(exc);
            }
            return null;
        }
        PyObject r = loop.run(ts, g.frame, exc == null ? null : new PyException(exc));
        if (ts.yielded) {
            return r;
        }
        lastReturn = r;
        return null;
    }

    private PyObject lastReturn;

    /** The value the last generator resumed from Java returned with. */
    PyObject lastReturn() {
        return lastReturn == null ? PyNone.NONE : lastReturn;
    }

    EvalLoop loop() {
        return loop;
    }

    // ---- the run's state ----

    public ThreadState currentThread() {
        return current;
    }

    public ThreadState mainThread() {
        return mainThread;
    }

    public PyDict builtinsDict() {
        return builtins;
    }

    PyObject buildClassFunction() {
        return builtins.getStr("__build_class__");
    }

    /** Where a command's process writes instead of the run's output (its pipes), or null. */
    private OutputSink redirect;

    /** subprocess: this process's stdout and stderr go to {@code to} (a pipe, /dev/null, the parent's). */
    void redirectOutput(OutputSink to) {
        redirect = to;
    }

    /** This process's sys.stdout buffer (see {@link StdoutBuffer}); a fork copies it. */
    private StdoutBuffer stdoutBuffer = new StdoutBuffer();
    private final java.util.function.Consumer<String> stdoutNow = this::writeStdout;

    StdoutBuffer stdoutBuffer() {
        return stdoutBuffer;
    }

    /** sys.stdout.flush(): a command's block-buffered stdout goes out now, or what a fork made held. */
    void flushOutput() {
        if (redirect instanceof java.io.Flushable f) {
            try {
                f.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (redirect == null) {
            stdoutBuffer.flush(stdoutNow);
        }
    }

    public void stdout(String s) {
        stdout(s, NO_CUTS, 0);
    }

    private static final int[] NO_CUTS = {};

    /** Text that CPython writes in pieces (print's arguments, sep, end): they end at {@code cuts[0..n)}. */
    void stdout(String s, int[] cuts, int n) {
        if (redirect != null) {
            redirect.stdout(s);
            return;
        }
        stdoutBuffer.write(s, cuts, n, stdoutNow);
    }

    /** os.write(1, ...): past the buffer, straight to where this process's stdout goes. */
    void stdoutRaw(String s) {
        if (redirect != null) {
            redirect.stdout(s);
        } else {
            writeStdout(s);
        }
    }

    /**
     * The program's own process exits normally (after its atexit handlers): its held stdout goes
     * out and the pipe ends it holds close.
     */
    public void processExit() {
        flushOutput();
        FdTable.of(this).closeAll();
    }

    /** The program's own process ends by os._exit: held stdout is lost, its pipe ends close. */
    public void processExitNow() {
        stdoutBuffer.discard();
        FdTable.of(this).closeAll();
    }

    /** Bytes reaching the run's stdout now (os.write(1, ...) and flushed text). */
    void writeStdout(String s) {
        out.stdout(s);
        machine.emit("stdout", -1, "text", s);
    }

    public void stderr(String s) {
        if (redirect != null) {
            redirect.stderr(s);
            return;
        }
        out.stderr(s);
        machine.emit("stderr", -1, "text", s);
    }

    /** The main thread ends with an uncaught exception: mark it in the trace. */
    public void uncaughtInMain(PyBaseException e) {
        ThreadingModule.exceptionEvent(this, e);
    }

    /**
     * The main thread's code is done: run the functions registered with threading._register_atexit
     * (concurrent.futures stops its workers there), before the machine joins the non-daemon
     * threads, as CPython's threading._shutdown does. An exception in one is reported as CPython
     * reports it and does not change the exit status.
     */
    public void threadingShutdown() {
        PyModule threading = modules.get("threading");
        PyObject run = threading == null ? null : threading.dict().getStr("_shutdown");
        if (run == null) {
            return;
        }
        try {
            call(run);
        } catch (PyException e) {
            stderr("Exception ignored on threading shutdown:\n" + TracebackPrinter.formatUnraisable(this, e.exc));
        }
    }

    public Machine machine() {
        return machine;
    }

    /** The scheduler switched threads. */
    public void setCurrent(ThreadState ts) {
        current = ts;
    }

    public long seed() {
        return seed;
    }

    public Limits limits() {
        return limits;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    public double switchInterval() {
        return switchInterval;
    }

    /** sys.setswitchinterval: kept as given (getswitchinterval returns it), used in nanoseconds. */
    public void setSwitchInterval(double s) {
        switchInterval = s;
        machine.setSwitchInterval(Math.max(1, Math.round(s * 1e9)));
    }

    private double switchInterval = 0.005;

    /** multiprocessing's default start method for this run ("fork" or "spawn"). */
    private String startMethod = "fork";

    public void setStartMethod(String m) {
        startMethod = m;
    }

    String startMethod() {
        return startMethod;
    }

    public String[] argv() {
        return argv;
    }

    public void setArgv(String[] a) {
        argv = a;
    }

    /** The running thread's virtual time since the run started, in nanoseconds. */
    public long virtualNanos() {
        return machine.now();
    }

    /** Per-run state of a native module (e.g. the random generator), created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T moduleState(String key, java.util.function.Supplier<T> make) {
        return (T) moduleState.computeIfAbsent(key, k -> make.get());
    }

    // ---- identity ----

    private int nextSerial;

    /**
     * A number for an object, in the order the run first asked: the base of identity hashes.
     * Objects shared by all runs (builtin types and functions) get one from their name instead,
     * so that no run writes to them.
     */
    public long serialOf(PyObject o) {
        if (o instanceof PyType t && t.isBuiltin()) {
            return 0x40000000L + (t.name().hashCode() & 0x3fffffffL);
        }
        if (o instanceof PyBuiltinFunction f && (f.owner == null || f.owner.isBuiltin())) {
            return 0x40000000L + (f.qualname().hashCode() & 0x3fffffffL);
        }
        String shared = sharedName(o);
        if (shared != null) {
            return 0x20000000L + (shared.hashCode() & 0x1fffffffL);
        }
        if (o.serial == PyObject.SHARED) {
            return sharedSerials.computeIfAbsent(o, k -> (long) ++nextSerial);
        }
        if (o.serial == 0) {
            o.serial = ++nextSerial;
        }
        return o.serial;
    }

    /** This run's serials for shared objects (see {@link PyObject#SHARED}). */
    private final java.util.IdentityHashMap<PyObject, Long> sharedSerials = new java.util.IdentityHashMap<>();

    /** A name for the objects every run shares (singletons and small cached values), else null. */
    private static String sharedName(PyObject o) {
        if (o instanceof PyNone || o instanceof PyBool) {
            return o.toString();
        }
        if (o.getClass() == PyInt.class && !((PyInt) o).isBig() && ((PyInt) o).value >= -5 && ((PyInt) o).value <= 256) {
            return "int " + ((PyInt) o).value;
        }
        if (o.getClass() == PyStr.class && ((PyStr) o).value.length() <= 1) {
            return "str " + ((PyStr) o).value;
        }
        if (o == PyTuple.EMPTY) {
            return "tuple ()";
        }
        if (o instanceof PyGetSet g) {
            return "getset " + g.name;
        }
        return null;
    }

    // ---- modules ----

    public Map<String, PyModule> modules() {
        return modules;
    }

    /**
     * import NAME: the module object (creating native modules on first import). A dotted name
     * imports its package first, and becomes an attribute of the package (concurrent.futures).
     */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyModule parent = null;
        if (dot > 0) {
            parent = importModule(name.substring(0, dot));
            m = modules.get(name);
            if (m != null) {
                return m; // the package's own code imported it
            }
        }
        NativeModule nm = ModuleRegistry.find(name);
        if (nm == null) {
            PyException e = PyErr.of(Builtins.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            e.exc.dict().putStr("name", PyStr.of(name));
            throw e;
        }
        m = nm.create(this);
        modules.put(name, m);
        if (parent != null) {
            parent.put(name.substring(dot + 1), m);
        }
        return m;
    }

    PyObject importName(String name, PyObject fromlist) {
        PyModule m = importModule(name);
        if (fromlist != PyNone.NONE) {
            importSubmodules(m, fromlist);
            return m;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? m : importModule(name.substring(0, dot));
    }

    /** from PACKAGE import NAME: NAME may be a submodule not imported yet (from concurrent import futures). */
    private void importSubmodules(PyModule m, PyObject fromlist) {
        if (!(fromlist instanceof PyTuple names)) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) instanceof PyStr n && m.dict().getStr(n.value) == null
                    && ModuleRegistry.find(m.name() + "." + n.value) != null) {
                importModule(m.name() + "." + n.value);
            }
        }
    }

    // ---- limits ----

    /** Checks the limits; {@code bytecodes} is the count all threads executed so far. */
    private java.util.function.BooleanSupplier cancelled;

    /** Polled with the limits: true stops the run (the client cancelled it). */
    public void setCancelled(java.util.function.BooleanSupplier c) {
        cancelled = c;
    }

    public void checkLimits(long bytecodes) {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new RunCancelled();
        }
        if (bytecodes > limits.maxBytecodes()) {
            throw new LimitExceeded("bytecode limit reached: the program ran more than "
                    + limits.maxBytecodes() + " bytecode instructions");
        }
        if ((++limitChecks & 7) == 0) {
            // virtual threads do not count their allocations (-1): then check every time
            long allocated = HeapGuard.threadAllocated();
            if (allocated < 0 || allocated - allocatedAtLastHeapCheck > HEAP_CHECK_BYTES) {
                allocatedAtLastHeapCheck = allocated;
                checkHeap();
            }
        }
        if (machine.virtualTime() > limits.maxVirtualNanos()) {
            throw new LimitExceeded("virtual-time limit reached: the program ran past "
                    + limits.maxVirtualNanos() / 1_000_000_000L + " s of simulated time");
        }
        if (System.nanoTime() > wallDeadline) {
            throw new LimitExceeded("wall-time limit reached: the program ran longer than "
                    + limits.maxWallMillis() + " ms of real time");
        }
    }

    private static final long HEAP_CHECK_BYTES = 16L << 20;
    private long allocatedAtLastHeapCheck;
    private int limitChecks;

    private void checkHeap() {
        if (HeapGuard.overLimit(heapLimit)) {
            throw new LimitExceeded("heap limit reached: the program's objects took more than "
                    + (heapLimit >> 20) + " MB of memory");
        }
    }

    public long bytecodes() {
        return machine.bytecodes();
    }
}
