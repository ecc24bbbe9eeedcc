package dev.interleave.machine;

import dev.interleave.vm.Interpreter;
import dev.interleave.vm.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

/**
 * The machine's process table: creating processes (fork or spawn), their end (exit status,
 * zombie), waiting for and reaping them, orphans re-parented to init, and signals with their
 * default action. Every process has its own interpreter and GIL; all share the cores and the
 * scheduler.
 */
public final class Processes {

    /** The first pid handed out: the program's own process. */
    static final int FIRST_PID = 1000;

    private final Machine machine;
    private final List<SimProcess> table = new ArrayList<>();
    private int nextPid = FIRST_PID;

    Processes(Machine machine) {
        this.machine = machine;
    }

    /** The program's process (its facts are those of a single-process trace). */
    SimProcess root(Interpreter in) {
        MachineConfig c = machine.config();
        int id = machine.trace().entity("process", "MainProcess", 0, -1, "pid", nextPid, "cores", c.cores(),
                "gil", c.gil());
        SimProcess p = new SimProcess(machine, id, nextPid++, null, "MainProcess", in);
        table.add(p);
        return p;
    }

    /** The pid the next process created gets. */
    public int nextPid() {
        return nextPid;
    }

    /** The processes ever created, in order of creation. */
    public List<SimProcess> all() {
        return List.copyOf(table);
    }

    /** The running thread's process. */
    public SimProcess current() {
        return machine.current().process;
    }

    /** A process by pid, or null. */
    public SimProcess byPid(long pid) {
        for (SimProcess p : table) {
            if (p.pid == pid) {
                return p;
            }
        }
        return null;
    }

    /**
     * A new child of the running process with interpreter {@code in} (a copy of the parent's for
     * fork, a fresh one for spawn) and its main thread on {@code mainTs}; not started yet.
     */
    public SimProcess create(String name, Interpreter in, ThreadState mainTs, String how) {
        machine.sync();
        SimThread creator = machine.current();
        SimProcess parent = creator.process;
        MachineConfig c = machine.config();
        int pid = nextPid++;
        int id = machine.trace().entity("process", name, creator.line(), -1, "pid", pid, "cores", c.cores(),
                "gil", c.gil(), "ppid", parent.pid, "start", how);
        SimProcess p = new SimProcess(machine, id, pid, parent, name, in);
        table.add(p);
        parent.children.add(p);
        p.main = machine.newThread(p, "MainThread", true, false, creator.id, creator.line(), mainTs);
        machine.emit(creator, "process.create", p.id, "pid", pid, "ppid", parent.pid, "parent", parent.id,
                "start", how, "memory", c.processMemoryBytes());
        return p;
    }

    /**
     * Starts {@code p}: the creator pays the cost of a fork or a spawn, and the child's main
     * thread runs {@code body}, whose result is the process's wait status.
     */
    public void start(SimProcess p, boolean spawn, IntSupplier body) {
        machine.sync();
        SimThread creator = machine.current();
        MachineConfig c = machine.config();
        creator.clock += spawn ? c.processSpawnNs() : c.processForkNs();
        machine.launch(p.main, () -> {
            int status = body.getAsInt();
            exit(p, status);
        });
        machine.emit(creator, "thread.start", p.main.id, "memory", c.threadMemoryBytes());
        machine.makeRunnable(p.main);
    }

    /** The main thread of {@code p} (running now) ends the process with {@code status}. */
    private void exit(SimProcess p, int status) {
        machine.awaitThreads(p);
        end(p, status);
        machine.finish(p.main);
    }

    /**
     * The program's own process ends with exit code {@code code}: its children become orphans.
     * The run goes on while any process runs; the main thread waits for them.
     */
    void rootExit(SimProcess root, int code) {
        end(root, (code & 0xFF) << 8);
        for (SimProcess p : table) {
            while (p != root && p.life == SimProcess.Life.RUNNING) {
                waitFor(p, -1);
            }
        }
    }

    /**
     * os._exit in the program's main thread: its process ends at once with exit code
     * {@code code}, its other threads cut off, no atexit handler run, nothing flushed.
     */
    public void rootExitNow(int code) {
        SimProcess root = machine.rootProcess();
        machine.cutOffOthers(root);
        root.in.processExitNow();
        machine.mainEnds(code);
    }

    /** The running thread (a process's main one, its code done) waits for its process's non-daemon threads. */
    public void awaitThreads() {
        machine.awaitThreads(current());
    }

    /** Marks {@code p} ended with the wait status {@code status}: a zombie until reaped. */
    private void end(SimProcess p, int status) {
        p.life = SimProcess.Life.ZOMBIE;
        p.waitStatus = status;
        SimThread actor = machine.current();
        int signal = status & 0x7F;
        machine.emit(actor, "process.exit", p.id, "code", signal == 0 ? (Object) ((status >> 8) & 0xFF) : null,
                "signal", signal == 0 ? null : (Object) signal);
        for (SimProcess c : List.copyOf(p.children)) {
            c.parent = null;
            c.ppid = SimProcess.INIT_PID;
            p.children.remove(c);
            machine.emit(actor, "process.orphaned", c.id, "ppid", SimProcess.INIT_PID);
            if (c.life == SimProcess.Life.ZOMBIE) {
                reap(c, null);
            }
        }
        if (p == machine.rootProcess()) {
            p.life = SimProcess.Life.REAPED;
        } else if (p.parent == null) {
            reap(p, null);
        } else {
            machine.emit(actor, "process.zombie", p.id, "status", status);
        }
        for (SimThread w : List.copyOf(p.waiters)) {
            machine.wake(w);
        }
    }

    /** Blocks the running thread until {@code p} ends or the timeout passes; true when it ended. */
    public boolean waitFor(SimProcess p, long timeoutNs) {
        if (p.life != SimProcess.Life.RUNNING) {
            return true;
        }
        SimThread self = machine.current();
        p.waiters.add(self);
        machine.block(p, timeoutNs, "wait");
        p.waiters.remove(self);
        return p.life != SimProcess.Life.RUNNING;
    }

    /**
     * Makes the running thread one that {@code p}'s end wakes, for a wait on several things at
     * once (the thread blocks on another of them, then takes itself off with {@code p.forget}).
     */
    public void watch(SimProcess p) {
        if (p.life == SimProcess.Life.RUNNING) {
            p.waiters.add(machine.current());
        }
    }

    /** Blocks the running thread until one of {@code ps} (running processes) ends (os.wait). */
    public void waitForAny(List<SimProcess> ps) {
        SimThread self = machine.current();
        for (SimProcess p : ps) {
            p.waiters.add(self);
        }
        machine.block(ps.get(0), -1, "wait");
        for (SimProcess p : ps) {
            p.waiters.remove(self);
        }
    }

    /** The parent (or init, {@code by} null) collects the exit status of the zombie {@code p}. */
    public void reap(SimProcess p, SimThread by) {
        if (p.life != SimProcess.Life.ZOMBIE) {
            return;
        }
        p.life = SimProcess.Life.REAPED;
        if (p.parent != null) {
            p.parent.children.remove(p);
        }
        machine.emit(machine.current(), "process.reaped", p.id, "by", by == null ? null : (Object) by.id,
                "status", p.waitStatus);
    }

    /** The running thread reaps {@code p}. */
    public void reap(SimProcess p) {
        reap(p, machine.current());
    }

    /**
     * Signal {@code sig}'s default action on {@code p}: the process is terminated at once, every
     * one of its threads cut off (signal 0 only checks that it exists).
     */
    public void terminate(SimProcess p, int sig) {
        machine.sync();
        if (p.life != SimProcess.Life.RUNNING) {
            return;
        }
        SimThread self = machine.current();
        if (p == machine.rootProcess()) {
            // the engine's own thread carries the program's main thread: it ends the run
            if (self == p.main) {
                throw new ProcessKilled(sig);
            }
            p.pendingKill = sig;
            interrupt(p.main);
            return;
        }
        List<SimThread> victims = new ArrayList<>();
        for (SimThread t : p.threads) {
            if (t.status.alive()) {
                victims.add(t);
            }
        }
        for (SimThread t : victims) {
            if (t.waitingOn != null) {
                t.waitingOn.forget(t);
                t.waitingOn = null;
            }
            if (t == self) {
                continue;
            }
            machine.cutOff(t);
            for (SimThread j : List.copyOf(t.joiners)) {
                machine.wake(j);
            }
        }
        end(p, sig);
        for (SimThread t : victims) {
            if (t != self && t.java != null) {
                t.killed = true;
                t.permit = true;
                LockSupport.unpark(t.java);
                try {
                    t.java.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (victims.contains(self)) {
            // the process signalled itself: this thread never gets the CPU again (its Java
            // thread stays parked until the run ends)
            machine.cutOff(self);
            machine.leaveCpu(self);
            machine.schedule(self);
            throw new ThreadKilled();
        }
    }

    /**
     * os._exit in a thread other than the process's main one: the process ends at once with exit
     * code {@code code}, as by a signal's default action (the program's own process at its main
     * thread's next scheduling point).
     */
    void exitNow(SimProcess p, int code) {
        terminate(p, (code & 0xFF) << 8);
    }

    /**
     * Delivers signal {@code sig} to {@code p}: the trace shows it, and its default action
     * (terminate) ends the process.
     */
    public void signal(SimProcess p, int sig) {
        int action = sig == 9 || sig == 19 ? SignalDisposition.DEFAULT : p.in.signalDisposition().action(sig);
        String label = action == SignalDisposition.IGNORE ? "ignore"
                : action == SignalDisposition.HANDLER ? "handler" : "terminate";
        machine.emit(machine.current(), "process.signal", p.id, "signal", sig, "action", label);
        if (action == SignalDisposition.IGNORE) {
            return;
        }
        if (action == SignalDisposition.HANDLER) {
            p.pending.add(sig);
            interrupt(p.main);
            if (machine.current() == p.main) {
                deliver(p.main);
            }
            return;
        }
        terminate(p, sig);
    }

    /**
     * signal.alarm: SIGALRM to {@code p} after {@code ns} (0 cancels); returns the seconds the
     * previous alarm had left, rounded as CPython's alarm(2) does.
     */
    public long alarm(SimProcess p, long ns) {
        long left = 0;
        if (p.alarm != null && !p.alarm.cancelled) {
            long rest = p.alarm.time - machine.now();
            left = Math.max(1, (rest + 500_000_000L) / 1_000_000_000L);
            p.alarm.cancelled = true;
        }
        p.alarm = null;
        if (ns > 0) {
            p.alarm = machine.at(machine.now() + ns, () -> alarmRings(p));
        }
        return left;
    }

    /** The alarm timer fired (on whichever thread runs the scheduler): the process gets SIGALRM. */
    private void alarmRings(SimProcess p) {
        p.alarm = null;
        if (p.life != SimProcess.Life.RUNNING) {
            return;
        }
        int action = p.in.signalDisposition().action(14);
        if (action == SignalDisposition.IGNORE) {
            return;
        }
        machine.emitBy(p.main, "process.signal", p.id, "signal", 14, "action",
                action == SignalDisposition.HANDLER ? "handler" : "terminate");
        if (action == SignalDisposition.HANDLER) {
            p.pending.add(14);
        } else {
            p.pendingKill = 14;
        }
        interrupt(p.main);
    }

    /** GIL hand-overs of every process together. */
    long gilHandovers() {
        long n = 0;
        for (SimProcess p : table) {
            n += p.gil.handovers;
        }
        return n;
    }

    /**
     * Wakes {@code t} early from a sleep so that it runs a signal handler (it sleeps on for the
     * rest afterwards, as CPython's time.sleep does, PEP 475).
     */
    void interrupt(SimThread t) {
        if (t.status == Status.SLEEPING && t.timeout != null) {
            t.timeout.cancelled = true;
            t.timeout = null;
            t.interrupted = true;
            machine.makeRunnable(t);
        }
    }

    /**
     * Between bytecodes: the main thread of a process runs the handlers of the signals that
     * arrived, and a pending default action ends the process.
     */
    void deliver(SimThread t) {
        SimProcess p = t.process;
        if (p.pendingKill != 0) {
            int sig = p.pendingKill;
            p.pendingKill = 0;
            terminate(p, sig);
            return;
        }
        if (t != p.main) {
            return;
        }
        while (!p.pending.isEmpty()) {
            int sig = p.pending.poll();
            p.in.signalDisposition().run(sig);
        }
    }
}
