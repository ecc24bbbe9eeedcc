package dev.interleave.engine;

import dev.interleave.machine.Machine;

/**
 * The figures of a finished run: virtual time (ns), bytecodes, threads, events, context
 * switches, GIL hand-overs and each core's busy time (ns). No wall-clock figures: a trace file
 * holds only what the run itself decides.
 */
public record RunSummary(long virtualNanos, long bytecodes, int threads, int peakThreads, long events,
        long contextSwitches, long gilHandovers, long[] coreBusyNanos) {

    static RunSummary of(Machine m) {
        return new RunSummary(m.virtualTime(), m.bytecodes(), m.threadCount(), m.peakThreads(), m.trace().count(),
                m.contextSwitches(), m.gilHandovers(), m.coreBusyNanos());
    }
}
