package dev.interleave.web.ws;

import java.util.Arrays;

/**
 * The threads a run's decisions chose, appended by the run's thread and copied by the
 * connection's: bounded, so a run of millions of decisions stops keeping them (and cannot be
 * inspected) rather than growing without limit.
 */
final class PickLog {

    /** The most decisions kept (4 MB of ints). */
    static final int MAX = 1 << 20;

    private int[] picks = new int[64];
    private int size;
    private boolean overflowed;

    synchronized void add(int thread) {
        if (overflowed) {
            return;
        }
        if (size == MAX) {
            overflowed = true;
            picks = null;
            return;
        }
        if (size == picks.length) {
            picks = Arrays.copyOf(picks, Math.min(MAX, size * 2));
        }
        picks[size++] = thread;
    }

    /** A copy of the choices so far, or null when there were too many to keep. */
    synchronized int[] snapshot() {
        return overflowed ? null : Arrays.copyOf(picks, size);
    }
}
