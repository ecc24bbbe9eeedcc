package dev.interleave.machine;

import java.util.List;

/**
 * One choice the policy made: before event {@code seq}, about {@code kind}, among {@code count}
 * threads of which {@code options} lists the first (ids, at most {@link #LISTED}), picking
 * {@code chosen} (an id).
 */
public record Decision(long seq, SchedulePolicy.Kind kind, List<Integer> options, int count, int chosen) {

    /** How many options a decision lists at most, so that a crowd does not make the list quadratic. */
    public static final int LISTED = 32;

    public Decision(long seq, SchedulePolicy.Kind kind, List<Integer> options, int chosen) {
        this(seq, kind, options, options.size(), chosen);
    }
}
