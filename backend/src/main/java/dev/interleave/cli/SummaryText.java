package dev.interleave.cli;

import dev.interleave.engine.RunResult;
import dev.interleave.engine.RunSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** What {@code --summary} prints after a run: the machine's figures, then the host's (wall time, heap). */
final class SummaryText {

    private SummaryText() {}

    static String of(RunResult r, long wallNanos) {
        RunSummary s = r.summary();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "interleave: exit %d (%s), virtual time %.6f s, %d bytecodes%n",
                r.exitStatus(), r.ending().name().toLowerCase(Locale.ROOT), s.virtualNanos() / 1e9, s.bytecodes()));
        sb.append(String.format(Locale.ROOT, "interleave: %d threads (%d at once at most), %d events, "
                + "%d context switches, %d GIL hand-overs%n", s.threads(), s.peakThreads(), s.events(),
                s.contextSwitches(), s.gilHandovers()));
        sb.append("interleave: core busy time (s):");
        for (long busy : s.coreBusyNanos()) {
            sb.append(String.format(Locale.ROOT, " %.6f", busy / 1e9));
        }
        sb.append('\n');
        double wall = wallNanos / 1e9;
        sb.append(String.format(Locale.ROOT, "interleave: wall time %.3f s, %.0f events/s, peak heap %d MB%n", wall,
                s.events() / Math.max(wall, 1e-9), peakHeapBytes() >> 20));
        return sb.toString();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
