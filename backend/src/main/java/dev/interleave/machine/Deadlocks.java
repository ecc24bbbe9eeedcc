package dev.interleave.machine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The wait-for graph: a thread waits for the holder of what it blocks on. */
final class Deadlocks {

    private Deadlocks() {}

    /** The cycle through {@code start} (start first), or null when its waits lead elsewhere. */
    static List<SimThread> cycleFrom(SimThread start) {
        List<SimThread> path = new ArrayList<>();
        SimThread t = start;
        while (t != null && t.status == Status.BLOCKED && t.waitingOn != null) {
            path.add(t);
            SimThread h = t.waitingOn.holder();
            if (h == start) {
                return path;
            }
            if (h == null || path.contains(h)) {
                return null;
            }
            t = h;
        }
        return null;
    }

    /** What the CLI prints when every thread is stuck: who waits on what, held by whom, and the cycles. */
    static String report(List<SimThread> threads) {
        StringBuilder sb = new StringBuilder("deadlock: every thread is blocked and nothing can wake them\n");
        for (SimThread t : threads) {
            if (t.status != Status.BLOCKED || t.waitingOn == null) {
                continue;
            }
            sb.append("  ").append(t.name).append(" (line ").append(t.line()).append(") waits for ")
                    .append(t.waitingOn.describe());
            SimThread h = t.waitingOn.holder();
            if (h != null && h != t.waitingOn) {
                sb.append(", held by ").append(h.name);
            }
            sb.append('\n');
        }
        Set<Set<SimThread>> seen = new HashSet<>();
        for (SimThread t : threads) {
            List<SimThread> cycle = cycleFrom(t);
            if (cycle != null && seen.add(new HashSet<>(cycle))) {
                sb.append("  cycle: ");
                for (SimThread c : cycle) {
                    sb.append(c.name).append(" -> ");
                }
                sb.append(cycle.get(0).name).append('\n');
            }
        }
        return sb.toString();
    }
}
