package dev.interleave.machine;

import java.util.List;

/**
 * Makes every choice a real machine leaves to chance: which ready thread gets a core, who
 * takes the GIL. (A released lock goes to its longest waiter, as CPython 3.13's PyMutex does.)
 * The machine records each choice it asks for (see {@link Decision}) so that a run can be
 * replayed.
 */
public interface SchedulePolicy {

    /** What the choice is about, as recorded in the trace. */
    enum Kind {
        CORE("core"), GIL("gil");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Picks one of {@code options} (at least two, in a deterministic order); returns its index. */
    int choose(Kind kind, List<SimThread> options);

    /** The name written in the trace. */
    String name();

    static SchedulePolicy seeded(long seed) {
        return new RandomPolicy(seed);
    }

    static SchedulePolicy roundRobin() {
        return new RoundRobinPolicy();
    }

    /** Replays recorded choices (thread ids), then goes on round robin when the list runs out. */
    static SchedulePolicy replay(List<Integer> chosenThreadIds) {
        return new ReplayPolicy(chosenThreadIds);
    }
}
