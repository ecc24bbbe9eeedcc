package dev.interleave.machine;

import dev.interleave.vm.Interpreter;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated process: its pid, its parent, its interpreter (its own modules, globals and
 * objects), its GIL and its threads. A process that has ended is a zombie until its parent reaps
 * it ({@code os.wait}, {@code Process.join}); a process whose parent ended first is re-parented
 * to init (pid 1), which reaps it as soon as it ends.
 */
public final class SimProcess implements Waitable {

    /** The pid of init, the parent of orphans. */
    public static final int INIT_PID = 1;
    /** The parent of the program's own process: the shell that started it. */
    public static final int SHELL_PID = 999;

    /** Where a process is in its life. */
    public enum Life {
        RUNNING("running"), ZOMBIE("zombie"), REAPED("reaped");

        public final String label;

        Life(String label) {
            this.label = label;
        }
    }

    final int id;
    final int pid;
    SimProcess parent;
    int ppid;
    final String name;
    final Interpreter in;
    final Gil gil;
    SimThread main;
    final List<SimThread> threads = new ArrayList<>();
    final List<SimProcess> children = new ArrayList<>();
    /** Threads blocked in wait/join for this process to end. */
    final List<SimThread> waiters = new ArrayList<>();
    Life life = Life.RUNNING;
    /** The wait status (as os.waitpid gives it) once it ended. */
    int waitStatus;
    /** Signals whose handlers the main thread has yet to run, in arrival order. */
    final java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
    /** A signal whose default action ends the process at its next scheduling point (0: none). */
    int pendingKill;
    /** signal.alarm's timer, or null. */
    Timer alarm;
    /** Per-process: the object the multiprocessing module keeps for it (its Process). */
    public Object handle;

    SimProcess(Machine machine, int id, int pid, SimProcess parent, String name, Interpreter in) {
        this.id = id;
        this.pid = pid;
        this.parent = parent;
        this.ppid = parent == null ? SHELL_PID : parent.pid;
        this.name = name;
        this.in = in;
        this.gil = new Gil(machine, id, machine.config().switchIntervalNs());
    }

    public int id() {
        return id;
    }

    public int pid() {
        return pid;
    }

    /** The parent's pid: init's (1) once the parent has ended. */
    public int ppid() {
        return ppid;
    }

    public SimProcess parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public Interpreter interpreter() {
        return in;
    }

    public Life life() {
        return life;
    }

    public int waitStatus() {
        return waitStatus;
    }

    /** Its threads that have started and not ended (fork warns when there is more than one). */
    public int threadsAlive() {
        int n = 0;
        for (SimThread t : threads) {
            if (t.status.alive()) {
                n++;
            }
        }
        return n;
    }

    public SimThread mainThread() {
        return main;
    }

    public List<SimProcess> children() {
        return List.copyOf(children);
    }

    @Override
    public int traceId() {
        return id;
    }

    @Override
    public String describe() {
        return "the end of process " + name + " (pid " + pid + ")";
    }

    @Override
    public SimThread holder() {
        return life == Life.RUNNING ? main : null;
    }

    @Override
    public void forget(SimThread waiter) {
        waiters.remove(waiter);
    }

    @Override
    public String toString() {
        return name;
    }
}
