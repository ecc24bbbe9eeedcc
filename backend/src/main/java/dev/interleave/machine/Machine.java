package dev.interleave.machine;

import dev.interleave.vm.Interpreter;
import dev.interleave.vm.LimitExceeded;
import dev.interleave.vm.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulated machine of one run: a virtual clock, cores, a GIL, run queues and timers, and
 * the scheduler that moves threads between them. Deterministic: every choice goes through the
 * {@link SchedulePolicy}, every delay comes from the cost model and the seeded jitter.
 *
 * <p>Each simulated thread's Python stack lives on its own Java thread, but only one of them
 * runs at a time: the scheduler hands a baton from one to the next, so a thread can block
 * anywhere (deep inside a native call, inside a callback) and no real thread decides anything.
 * The running thread executes a budget of bytecodes, bounded by the next timer, then comes back
 * here ({@link #sliceEnd}).
 */
public final class Machine {

    /** Instructions between two visits to the scheduler at most (limits are checked there). */
    static final int MAX_BUDGET = 4096;

    private final MachineConfig config;
    private final SchedulePolicy policy;
    private final Trace trace;
    private final SplittableRandom jitter;
    private final List<SimThread> threads = new ArrayList<>();
    private final Cores cores;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Processes processes;
    private final SimProcess root;
    private final SimThread main;
    private long timerSeq;
    private long now;
    private long bytecodes;
    private int alive;
    private int peakAlive;
    private SimThread current;
    private RunStopped ending;
    private boolean closed;

    public Machine(Interpreter in, MachineConfig config, SchedulePolicy policy, Trace trace) {
        this.config = config;
        this.policy = policy;
        this.trace = trace;
        this.jitter = new SplittableRandom(in.seed() ^ 0x5DEECE66DL);
        this.cores = new Cores(this, config);
        this.processes = new Processes(this);
        this.root = processes.root(in);
        this.main = newThread(root, "MainThread", true, false, -1, 0, in.mainThread());
        root.main = main;
        main.java = Thread.currentThread();
        alive = peakAlive = 1;
        emit(main, "thread.create", main.id, "name", main.name, "daemon", false);
        makeRunnable(main);
        current = cores.pickRunner();
        grant(current);
    }

    // ---- what the interpreter and the modules call ----

    public MachineConfig config() {
        return config;
    }

    public Trace trace() {
        return trace;
    }

    /** The trace id of the running thread's process. */
    public int processId() {
        return current.process.id;
    }

    /** The process table: creation, exit, waiting, reaping and signals. */
    public Processes processes() {
        return processes;
    }

    /** The first process, the one the program was started in. */
    public SimProcess rootProcess() {
        return root;
    }

    /** The thread running now. */
    public SimThread current() {
        return current;
    }

    /** The main thread of the running thread's process. */
    public SimThread mainThread() {
        return current.process.main;
    }

    /** The threads of the running thread's process. */
    public List<SimThread> threads() {
        return List.copyOf(current.process.threads);
    }

    /** The running thread's virtual time, in nanoseconds since the run started. */
    public long now() {
        sync();
        return current.clock;
    }

    /** The running thread used up its budget: account for it, check the limits, and schedule. */
    public void sliceEnd() {
        sync();
        root.in.checkLimits(bytecodes);
        SimThread self = current;
        schedule(self);
        processes.deliver(self);
    }

    /** Records an event by {@code actor} (a timer acting for a thread that is not running). */
    void emitBy(SimThread actor, String kind, int object, Object... details) {
        emit(actor, kind, object, details);
    }

    /** Registers a synchronisation object in the trace header; returns its id. */
    public int newObject(String kind, String name, int line, Object... facts) {
        return trace.entity(kind, name, line, current.process.id, facts);
    }

    /** A fork's copy of entity {@code id} (a synchronisation object), in process {@code p}; returns its id. */
    public int copyEntity(int id, SimProcess p) {
        TraceEntity e = trace.entities().get(id);
        return trace.entity(e.kind(), e.name(), e.line(), p.id, e.facts());
    }

    /** Records an event by the running thread at its current time and line. */
    public void emit(String kind, int object, Object... details) {
        sync();
        emit(current, kind, object, details);
    }

    /** A new thread, not yet started. */
    public SimThread createThread(String name, boolean daemon, ThreadState ts) {
        sync();
        SimThread t = newThread(current.process, name, false, daemon, current.id, current.line(), ts);
        emit(current, "thread.create", t.id, "name", name, "daemon", daemon);
        return t;
    }

    /**
     * Starts {@code t}: its Java thread is created parked, and the thread becomes runnable.
     * {@code body} runs its Python code; when it returns the thread ends.
     */
    public void start(SimThread t, Runnable body) {
        sync();
        current.clock += config.threadStartNs();
        launch(t, body);
        emit(current, "thread.start", t.id, "memory", config.threadMemoryBytes());
        makeRunnable(t);
    }

    /** Counts {@code t} alive and gives it a parked Java thread that will run {@code body}. */
    void launch(SimThread t, Runnable body) {
        root.in.checkLimits(bytecodes);
        if (alive >= root.in.limits().maxThreads()) {
            throw new LimitExceeded("thread limit reached: the program had more than "
                    + root.in.limits().maxThreads() + " threads alive at once");
        }
        alive++;
        peakAlive = Math.max(peakAlive, alive);
        t.java = Thread.ofVirtual().name("interleave " + t.name).unstarted(() -> threadBody(t, body));
        t.java.start();
    }

    /**
     * Blocks the running thread on {@code w} until {@link #wake} or until {@code timeoutNs}
     * passes (negative: no timeout). Returns true when woken, false when it timed out.
     */
    public boolean block(Waitable w, long timeoutNs, String reason) {
        sync();
        root.in.checkLimits(bytecodes);
        SimThread t = current;
        t.waitingOn = w;
        t.woken = false;
        int seq = ++t.waitSeq;
        setStatus(t, Status.BLOCKED, "on", w.traceId(), "reason", reason);
        if (timeoutNs >= 0) {
            t.timeout = at(t.clock + timeoutNs, () -> timedOut(t, seq));
        }
        checkCycle(t);
        leaveCpu(t);
        schedule(t);
        boolean woken = t.woken;
        processes.deliver(t);
        return woken;
    }

    /** Wakes a blocked thread (it becomes runnable and will return true from its block). */
    public void wake(SimThread t) {
        if (t.status != Status.BLOCKED) {
            return;
        }
        sync();
        t.woken = true;
        t.waitingOn = null;
        t.wokenBy = current;
        if (t.timeout != null) {
            t.timeout.cancelled = true;
            t.timeout = null;
        }
        makeRunnable(t);
    }

    /** time.sleep: off the CPU, without the GIL, for {@code ns} (with jitter). */
    public void sleep(long ns) {
        sync();
        SimThread t = current;
        if (ns <= 0) {
            yieldGil(t);
            return;
        }
        long until = t.clock + ns + overshoot(ns);
        setStatus(t, Status.SLEEPING, "until", until);
        t.timeout = at(until, () -> {
            t.timeout = null;
            makeRunnable(t);
        });
        leaveCpu(t);
        schedule(t);
        if (t.interrupted) {
            t.interrupted = false;
            long left = until - t.clock;
            processes.deliver(t);
            if (left > 0) {
                sleep(left);
            }
            return;
        }
        processes.deliver(t);
    }

    /** Waits until {@code t} ends, or the timeout passes; returns whether it ended. */
    public boolean join(SimThread t, long timeoutNs) {
        if (!t.status.alive()) {
            return true;
        }
        t.joiners.add(current);
        boolean woken = block(t, timeoutNs, "join");
        t.joiners.remove(current);
        return woken || !t.status.alive();
    }

    /** sys.setswitchinterval, in nanoseconds. */
    public void setSwitchInterval(long ns) {
        current.process.gil.interval = ns;
    }

    public long switchInterval() {
        return current.process.gil.interval;
    }

    /**
     * The main thread's code is done: wait for the non-daemon threads as CPython does at exit,
     * then cut the daemon threads off.
     */
    public void mainFinished(int exitStatus) {
        awaitThreads(root);
        root.in.runExitHooks();
        root.in.processExit();
        mainEnds(exitStatus);
    }

    /** The program's main thread is done (after its process's exit, normal or os._exit). */
    void mainEnds(int exitStatus) {
        if (processes.all().size() > 1) {
            processes.rootExit(root, exitStatus);
        }
        sync();
        setStatus(main, Status.DONE);
        alive--;
    }

    /**
     * The main thread of {@code p} (running) is done with its code: wait for the process's
     * non-daemon threads as CPython does at exit, then cut its daemon threads off.
     */
    void awaitThreads(SimProcess p) {
        while (true) {
            SimThread waitFor = null;
            for (SimThread t : p.threads) {
                if (t != current && !t.daemon && t.status.alive()) {
                    waitFor = t;
                    break;
                }
            }
            if (waitFor == null) {
                break;
            }
            join(waitFor, -1);
        }
        cutOffOthers(p);
    }

    /** Every thread of {@code p} but the running one is cut off. */
    void cutOffOthers(SimProcess p) {
        sync();
        for (SimThread t : p.threads) {
            if (t != current && t.status.alive()) {
                cutOff(t);
            }
        }
    }

    /** Ends the run: stops the Java threads of every thread still parked. */
    public void close() {
        closed = true;
        for (SimThread t : threads) {
            if (t != main && t.java != null && t.java.isAlive()) {
                t.killed = true;
                t.permit = true;
                LockSupport.unpark(t.java);
            }
        }
    }

    public long virtualTime() {
        return cores.latest(now);
    }

    public long bytecodes() {
        return bytecodes;
    }

    public long contextSwitches() {
        return cores.contextSwitches();
    }

    public long gilHandovers() {
        return processes.gilHandovers();
    }

    public long[] coreBusyNanos() {
        return cores.busyNanos();
    }

    public int peakThreads() {
        return peakAlive;
    }

    public int threadCount() {
        return threads.size();
    }

    // ---- threads ----

    SimThread newThread(SimProcess p, String name, boolean isMain, boolean daemon, int creator, int line,
            ThreadState ts) {
        int id = trace.entity("thread", name, line, p.id, "daemon", daemon, "main", isMain);
        SimThread t = new SimThread(this, p, id, ts, name, isMain, daemon, creator, line);
        ts.setOwner(t);
        t.ordinal = p.threads.size();
        threads.add(t);
        p.threads.add(t);
        return t;
    }

    void renamed(SimThread t) {
        trace.rename(t.id, t.name);
        emit(current, "thread.rename", t.id, "name", t.name);
    }

    private void threadBody(SimThread t, Runnable body) {
        try {
            try {
                awaitBaton(t);
                body.run();
            } catch (ThreadKilled k) {
                return;
            } catch (dev.interleave.vm.ProcessExit e) {
                processes.exitNow(t.process, e.code()); // os._exit in a thread that is not the main one
            } catch (RunStopped s) {
                stop(t, s);
            } catch (LimitExceeded e) {
                stop(t, new RunStopped(RunStopped.Why.LIMIT, e.getMessage()));
            } catch (ReplayPolicy.ReplayDiverged e) {
                stop(t, new RunStopped(RunStopped.Why.REPLAY, e.getMessage()));
            } catch (dev.interleave.vm.RunCancelled e) {
                stop(t, new RunStopped(RunStopped.Why.CANCELLED, e.getMessage()));
            } catch (StackOverflowError | OutOfMemoryError e) {
                stop(t, new RunStopped(RunStopped.Why.LIMIT, e instanceof OutOfMemoryError
                        ? "heap limit reached: the program used more memory than the engine allows"
                        : "stack limit reached in thread " + t.name));
            } catch (RuntimeException | Error e) {
                stop(t, new RunStopped(RunStopped.Why.FAULT, "engine fault in thread " + t.name + ": " + e));
            }
            if (!t.status.alive()) {
                return;
            }
            try {
                finish(t);
            } catch (RunStopped s) {
                stop(t, s);
            }
        } catch (ThreadKilled k) {
            // the run is over: this thread's Java stack has unwound
        }
    }

    void finish(SimThread t) {
        sync();
        setStatus(t, Status.DONE);
        alive--;
        for (SimThread j : List.copyOf(t.joiners)) {
            wake(j);
        }
        leaveCpu(t);
        schedule(t);
    }

    void cutOff(SimThread t) {
        Gil gil = t.process.gil;
        gil.waiters.remove(t);
        if (t.timeout != null) {
            t.timeout.cancelled = true;
        }
        cores.drop(t);
        if (gil.holder == t) {
            gil.holder = null;
        }
        setStatus(t, Status.CUT_OFF);
        alive--;
    }

    /** The run cannot go on: hand the verdict to the main thread, which ends the run. */
    private void stop(SimThread self, RunStopped why) {
        if (ending == null) {
            ending = why;
        }
        if (self == main) {
            throw ending;
        }
        current = main;
        main.permit = true;
        LockSupport.unpark(main.java);
        while (true) {
            awaitBaton(self); // until the run is closed: then ThreadKilled unwinds this thread
        }
    }

    // ---- the scheduler ----

    /** Brings the running thread's clock up to date with the instructions it executed. */
    void sync() {
        if (closed) {
            throw new ThreadKilled();
        }
        SimThread t = current;
        int left = t.ts.countdown;
        int used = t.base - left;
        if (used > 0) {
            t.clock += used * config.bytecodeNs();
            bytecodes += used;
        }
        t.base = left;
        if (t.clock > now && t.status == Status.RUNNING) {
            now = t.clock;
        }
    }

    /**
     * Called on {@code self}'s Java thread when it stops executing (budget used, blocked, done):
     * fires due timers, picks the thread to run next and hands it the baton. Returns when
     * {@code self} is to run again (never, if it is done).
     */
    void schedule(SimThread self) {
        while (true) {
            SimThread next = cores.pickRunner();
            Timer tm = timers.peek();
            if (tm != null && (next == null || tm.time <= next.clock)) {
                timers.poll();
                if (!tm.cancelled) {
                    now = Math.max(now, tm.time);
                    tm.action.run();
                }
                continue;
            }
            if (next == null) {
                stop(self, deadlock());
                return;
            }
            Gil gil = next.process.gil;
            if (config.gil() && gil.dropRequest && gil.holder == next) {
                if (config.dropAt() == MachineConfig.DropPoint.BYTECODE || next.ts.atEvalBreakerCheck()) {
                    forcedSwitch(next);
                    continue;
                }
                next.ts.countdown = 1;
                next.base = 1;
            } else {
                grant(next);
            }
            if (next == self) {
                return;
            }
            handoff(self, next);
            return;
        }
    }

    private void handoff(SimThread self, SimThread next) {
        current = next;
        next.ts.interpreter().setCurrent(next.ts);
        next.permit = true;
        LockSupport.unpark(next.java);
        if (self.status == Status.DONE) {
            return;
        }
        awaitBaton(self);
    }

    private void awaitBaton(SimThread self) {
        while (!self.permit) {
            LockSupport.park(this);
        }
        self.permit = false;
        if (self.killed) {
            throw new ThreadKilled();
        }
        if (ending != null && self == main) {
            throw ending;
        }
    }

    /** How many instructions {@code t} may run: up to the next timer, and near the other cores. */
    private void grant(SimThread t) {
        long limit = cores.limitBeside(t, timers.isEmpty() ? Long.MAX_VALUE : timers.peek().time);
        long n = limit == Long.MAX_VALUE ? MAX_BUDGET : (limit - t.clock + config.bytecodeNs() - 1) / config.bytecodeNs();
        int budget = (int) Math.max(1, Math.min(MAX_BUDGET, n));
        t.ts.countdown = budget;
        t.base = budget;
    }

    /** {@code t} wants to run: it takes the GIL or queues for it, then a core. */
    void makeRunnable(SimThread t) {
        Gil gil = t.process.gil;
        if (!config.gil()) {
            cores.take(t);
        } else if (gil.holder == null || gil.holder == t) {
            gil.take(t);
            cores.take(t);
        } else {
            setStatus(t, Status.GIL_WAIT);
            gil.request(t);
        }
    }

    /** Off the CPU (blocking, sleeping, done): give up the GIL and the core. */
    void leaveCpu(SimThread t) {
        Gil gil = t.process.gil;
        if (config.gil() && gil.holder == t) {
            gil.release(t);
        }
        if (t.core >= 0) {
            cores.free(t);
        }
    }

    /** The GIL holder honours a drop request: the GIL goes to a waiter, the holder queues for it. */
    private void forcedSwitch(SimThread holder) {
        now = Math.max(now, holder.clock);
        Gil gil = holder.process.gil;
        emit(holder, "gil.drop", holder.process.id);
        gil.release(holder);
        cores.free(holder);
        setStatus(holder, Status.GIL_WAIT);
        gil.request(holder);
    }

    /** time.sleep(0): let a waiting thread have the GIL. */
    private void yieldGil(SimThread t) {
        if (!config.gil() || t.process.gil.waiters.isEmpty()) {
            return;
        }
        forcedSwitch(t);
        schedule(t);
    }

    private void timedOut(SimThread t, int seq) {
        if (t.status != Status.BLOCKED || t.waitSeq != seq) {
            return;
        }
        t.timeout = null;
        Waitable w = t.waitingOn;
        t.waitingOn = null;
        t.woken = false;
        w.forget(t);
        emit(t, "thread.timeout", w.traceId());
        makeRunnable(t);
    }

    Timer at(long time, Runnable action) {
        Timer tm = new Timer(time, timerSeq++, action);
        timers.add(tm);
        return tm;
    }

    long jittered(long ns) {
        if (config.jitter() == 0) {
            return ns;
        }
        double spread = ns * config.jitter();
        return Math.max(0, ns + Math.round(spread * (2 * jitter.nextDouble() - 1)));
    }

    /** A sleep's lateness: up to jitter times its length, at most 50 µs (Linux's default timer slack). */
    private long overshoot(long ns) {
        if (config.jitter() == 0) {
            return 0;
        }
        long most = Math.min(50_000L, Math.round(ns * config.jitter()));
        return most == 0 ? 0 : jitter.nextLong(most + 1);
    }

    long nowForMachine() {
        return now;
    }

    /** Asks the policy to pick one of {@code options} (in their order), recording the decision. */
    SimThread choose(SchedulePolicy.Kind kind, List<SimThread> options) {
        if (options.size() == 1) {
            return options.get(0);
        }
        SimThread chosen = options.get(policy.choose(kind, options));
        int listed = Math.min(options.size(), Decision.LISTED);
        List<Integer> ids = new ArrayList<>(listed);
        for (int i = 0; i < listed; i++) {
            ids.add(options.get(i).id);
        }
        trace.decision(new Decision(trace.nextSeq(), kind, List.copyOf(ids), options.size(), chosen.id));
        return chosen;
    }

    void setStatus(SimThread t, Status s, Object... details) {
        t.status = s;
        SimThread by = t.wokenBy;
        t.wokenBy = null;
        Object[] d = new Object[details.length + (by != null && by != t ? 4 : 2)];
        d[0] = "state";
        d[1] = s.label;
        System.arraycopy(details, 0, d, 2, details.length);
        if (d.length > details.length + 2) {
            d[d.length - 2] = "by";
            d[d.length - 1] = by.id;
        }
        emit(t, "thread.state", t.id, d);
    }

    void emit(SimThread actor, String kind, int object, Object... details) {
        long time = actor.status == Status.RUNNING && actor == current ? actor.clock : now;
        trace.emitAt(Math.max(time, now), actor.id, kind, object, actor.line(), details);
    }

    // ---- deadlocks ----

    /** Marks a wait-for cycle in the trace as soon as {@code t}'s wait closes one. */
    private void checkCycle(SimThread t) {
        List<SimThread> cycle = Deadlocks.cycleFrom(t);
        if (cycle != null) {
            List<Integer> ids = new ArrayList<>();
            for (SimThread c : cycle) {
                ids.add(c.id);
            }
            emit(t, "deadlock.cycle", t.waitingOn.traceId(), "threads", ids);
        }
    }

    private RunStopped deadlock() {
        String report = Deadlocks.report(threads);
        trace.emitAt(now, -1, "deadlock", -1, 0, "report", report);
        return new RunStopped(RunStopped.Why.DEADLOCK, report);
    }

    /** The machine's time: the latest of the fired timers and the clocks of threads that left a core. */
    long time() {
        return now;
    }

    /** A thread that took the GIL goes to a core (or the ready queue). */
    void toCore(SimThread t) {
        cores.take(t);
    }

    /** Moves the machine's time up to {@code t} (never back). */
    void advanceTo(long t) {
        now = Math.max(now, t);
    }
}
