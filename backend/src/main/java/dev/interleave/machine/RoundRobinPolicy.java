package dev.interleave.machine;

import java.util.List;

/**
 * Always the first option: the thread that has waited longest (the machine lists waiters
 * in arrival order), which gives a perfectly regular schedule.
 */
final class RoundRobinPolicy implements SchedulePolicy {

    @Override
    public int choose(Kind kind, List<SimThread> options) {
        return 0;
    }

    @Override
    public String name() {
        return "round-robin";
    }
}
