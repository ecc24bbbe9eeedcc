package dev.interleave.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * A process's global interpreter lock, with CPython's protocol (Python/ceval_gil.c): a thread
 * that wants it waits up to the switch interval; if the GIL has not changed hands meanwhile, it
 * sets a drop request, and the holder drops it at its next check (the machine decides where).
 * A dropping holder queues behind the others (FORCE_SWITCHING), so the GIL really moves.
 */
final class Gil {

    private final Machine machine;
    /** The trace id of the process it belongs to. */
    private final int process;
    long interval;
    SimThread holder;
    final List<SimThread> waiters = new ArrayList<>();
    long switchNumber;
    boolean dropRequest;
    long handovers;

    Gil(Machine machine, int process, long interval) {
        this.machine = machine;
        this.process = process;
        this.interval = interval;
    }

    void take(SimThread t) {
        if (holder != t) {
            handovers++;
        }
        holder = t;
        switchNumber++;
        dropRequest = false;
        machine.emit(t, "gil.take", process);
    }

    /** The holder lets go; a waiter (the policy's pick) takes it and goes to a core. */
    void release(SimThread t) {
        holder = null;
        machine.emit(t, "gil.release", process);
        if (!waiters.isEmpty()) {
            SimThread next = machine.choose(SchedulePolicy.Kind.GIL, waiters);
            waiters.remove(next);
            take(next);
            machine.toCore(next);
        }
    }

    void request(SimThread t) {
        waiters.add(t);
        machine.emit(t, "gil.request", process);
        arm(t);
    }

    /** The waiter's timed wait: at its end, ask for a drop unless the GIL changed hands. */
    private void arm(SimThread t) {
        long seen = switchNumber;
        int stint = t.stint;
        machine.at(machine.nowForMachine() + machine.jittered(interval), () -> {
            if (t.status != Status.GIL_WAIT || t.stint != stint) {
                return;
            }
            if (switchNumber == seen && holder != null && !dropRequest) {
                dropRequest = true;
                machine.emit(t, "gil.drop-request", process, "holder", holder.id);
            }
            arm(t);
        });
    }
}
