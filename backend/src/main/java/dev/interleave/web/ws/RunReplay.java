package dev.interleave.web.ws;

import dev.interleave.engine.RunOptions;

/**
 * What it takes to run a streamed run again, event for event: its source, its options and the
 * threads its decisions chose (a run is a pure function of these), and how many events it had
 * sent when this was taken.
 */
record RunReplay(long run, String source, RunOptions options, int[] picks, long events) {

    /** The options that replay the decisions rather than make them again. */
    RunOptions replayOptions() {
        java.util.List<Integer> list = new java.util.ArrayList<>(picks.length);
        for (int p : picks) {
            list.add(p);
        }
        return options.withReplay(list);
    }
}
