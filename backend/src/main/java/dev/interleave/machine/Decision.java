package dev.interleave.machine;

import java.util.List;

/**
 * One choice the policy made: before event {@code seq}, about {@code kind}, among the threads
 * {@code options} (ids), picking {@code chosen} (an id).
 */
public record Decision(long seq, SchedulePolicy.Kind kind, List<Integer> options, int chosen) {
}
