package dev.interleave.engine;

import dev.interleave.vm.FrameView;
import java.util.List;

/**
 * Every thread's stack and variables at one event of a run, for the inspector: what the run
 * looked like just after event {@code seq} happened, at virtual time {@code t}.
 */
public record Inspection(long seq, long t, List<ThreadStack> threads) {

    /** One thread alive at that moment: its trace id, name, state and frames (innermost last). */
    public record ThreadStack(int id, String name, String state, List<FrameView> frames) {}
}
