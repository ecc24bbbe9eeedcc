package dev.interleave.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's cores and the OS scheduler over them: which thread runs on which core, the
 * ready queue of runnable threads without one, time slices, context switches and busy time.
 */
final class Cores {

    private final Machine machine;
    private final MachineConfig config;
    private final SimThread[] running;
    private final SimThread[] last;
    private final long[] busy;
    private final long[] since;
    private final List<SimThread> ready = new ArrayList<>();
    private long contextSwitches;

    Cores(Machine machine, MachineConfig config) {
        this.machine = machine;
        this.config = config;
        this.running = new SimThread[config.cores()];
        this.last = new SimThread[config.cores()];
        this.busy = new long[config.cores()];
        this.since = new long[config.cores()];
    }

    /** The thread on a core with the earliest clock (ties: the lower core), or null. */
    SimThread pickRunner() {
        SimThread best = null;
        for (SimThread t : running) {
            if (t != null && (best == null || t.clock < best.clock)) {
                best = t;
            }
        }
        return best;
    }

    /** {@code limit}, or earlier: how far {@code t} may run ahead of the threads on other cores. */
    long limitBeside(SimThread t, long limit) {
        for (SimThread other : running) {
            if (other != null && other != t) {
                limit = Math.min(limit, other.clock + config.quantumNs());
            }
        }
        return limit;
    }

    /** Gives {@code t} an idle core (its last one when free), or queues it as ready. */
    void take(SimThread t) {
        int c = -1;
        if (t.lastCore >= 0 && running[t.lastCore] == null) {
            c = t.lastCore;
        } else {
            for (int i = 0; i < running.length; i++) {
                if (running[i] == null) {
                    c = i;
                    break;
                }
            }
        }
        if (c < 0) {
            machine.setStatus(t, Status.READY);
            ready.add(t);
            armSlices();
            return;
        }
        running[c] = t;
        t.core = c;
        t.clock = Math.max(machine.time(), t.clock);
        if (last[c] != t && last[c] != null) {
            t.clock += config.contextSwitchNs();
            contextSwitches++;
        }
        last[c] = t;
        since[c] = t.clock;
        int stint = ++t.stint;
        machine.setStatus(t, Status.RUNNING, "core", c);
        if (!ready.isEmpty()) {
            armSlice(t, stint);
        }
    }

    /** {@code t} leaves its core; a ready thread (the policy's pick) takes it. */
    void free(SimThread t) {
        int c = t.core;
        busy[c] += Math.max(0, t.clock - since[c]);
        running[c] = null;
        t.lastCore = c;
        t.core = -1;
        if (!ready.isEmpty()) {
            SimThread next = machine.choose(SchedulePolicy.Kind.CORE, ready);
            ready.remove(next);
            take(next);
        }
    }

    /** Forgets {@code t} (cut off at the end of the run). */
    void drop(SimThread t) {
        ready.remove(t);
        if (t.core >= 0) {
            free(t);
        }
    }

    /** The OS time slice: when threads wait for a core, a thread that used its slice goes to the back. */
    private void armSlices() {
        for (SimThread r : running) {
            if (r != null && !r.sliceArmed) {
                armSlice(r, r.stint);
            }
        }
    }

    private void armSlice(SimThread r, int stint) {
        r.sliceArmed = true;
        machine.at(Math.max(machine.time(), r.clock) + config.timeSliceNs(), () -> {
            r.sliceArmed = false;
            if (r.core < 0 || r.stint != stint || ready.isEmpty()) {
                return;
            }
            machine.advanceTo(r.clock);
            free(r);
            machine.setStatus(r, Status.READY, "preempted", true);
            ready.add(r);
            armSlices();
        });
    }

    /** The latest clock of a thread on a core, or {@code now} if later. */
    long latest(long now) {
        for (SimThread c : running) {
            if (c != null) {
                now = Math.max(now, c.clock);
            }
        }
        return now;
    }

    long contextSwitches() {
        return contextSwitches;
    }

    /** Each core's busy time so far, the running stints included. */
    long[] busyNanos() {
        long[] b = busy.clone();
        for (int c = 0; c < running.length; c++) {
            if (running[c] != null) {
                b[c] += Math.max(0, running[c].clock - since[c]);
            }
        }
        return b;
    }
}
