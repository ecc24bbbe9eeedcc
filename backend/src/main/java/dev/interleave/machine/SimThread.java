package dev.interleave.machine;

import dev.interleave.vm.ThreadState;

/** One simulated thread: its place in the scheduler and the Java thread that carries its Python stack. */
public final class SimThread implements Waitable {

    final Machine machine;
    final SimProcess process;
    final int id;
    final ThreadState ts;
    String name;
    final boolean main;
    boolean daemon;
    Status status = Status.NEW;
    /** Its own clock while on a core; the machine's time when it got the core otherwise. */
    long clock;
    /** Instructions left in the budget at the last time its clock was brought up to date. */
    int base;
    int core = -1;
    int lastCore = -1;
    /** What it blocks on (BLOCKED), else null. */
    Waitable waitingOn;
    /** Bumped at every block, so a late timeout knows it is stale. */
    int waitSeq;
    Timer timeout;
    /** The thread whose action woke it, until its next state event names it ("by"). */
    SimThread wokenBy;
    /** Set when a signal cut its sleep short. */
    boolean interrupted;
    /** Whether the last block ended by a wake rather than a timeout. */
    boolean woken;
    /** Threads waiting in join() for this one to end. */
    final java.util.List<SimThread> joiners = new java.util.ArrayList<>();
    /** Counts its turns on a core (a time-slice timer belongs to one turn). */
    int stint;
    boolean sliceArmed;
    /** Run once when its Python code begins (Thread.start waits for that). */
    public Runnable onBegin;
    /** The module's object for it (threading.Thread), when there is one. */
    public Object handle;
    /** Java side: the thread that runs its Python code, and its baton. */
    Thread java;
    volatile boolean permit;
    volatile boolean killed;
    /** Who started it (trace id), -1 for the main thread. */
    final int creator;
    final int creationLine;

    SimThread(Machine machine, SimProcess process, int id, ThreadState ts, String name, boolean main, boolean daemon, int creator,
            int creationLine) {
        this.machine = machine;
        this.process = process;
        this.id = id;
        this.ts = ts;
        this.name = name;
        this.main = main;
        this.daemon = daemon;
        this.creator = creator;
        this.creationLine = creationLine;
    }

    /** Its place in creation order (0: the main thread). */
    public int ordinal() {
        return ordinal;
    }

    int ordinal;

    /** The process it belongs to. */
    public SimProcess process() {
        return process;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String n) {
        if (!n.equals(name)) {
            name = n;
            machine.renamed(this);
        }
    }

    public boolean daemon() {
        return daemon;
    }

    public void setDaemon(boolean d) {
        daemon = d;
    }

    public Status status() {
        return status;
    }

    public boolean isMain() {
        return main;
    }

    public ThreadState state() {
        return ts;
    }

    /** The source line it is at (0 before it runs any code). */
    public int line() {
        return ts.userLine();
    }

    @Override
    public int traceId() {
        return id;
    }

    @Override
    public String describe() {
        return "the end of thread " + name;
    }

    @Override
    public SimThread holder() {
        return status.alive() ? this : null;
    }

    @Override
    public String toString() {
        return name;
    }
}
