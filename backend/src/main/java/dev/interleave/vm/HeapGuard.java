package dev.interleave.vm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches the JVM heap for a run: when the data that survived the last garbage collection
 * passes the run's heap limit, the run is stopped before the JVM runs out of memory. Reads
 * only JVM-wide gauges, so it holds no state of its own.
 */
final class HeapGuard {
    private HeapGuard() {}

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
            .toList();

    /** The old generation: objects get there only by surviving collections. */
    private static final List<MemoryPoolMXBean> OLD_POOLS = HEAP_POOLS.stream()
            .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
            .toList();

    /**
     * An estimate of live data: what the old generation holds now (objects that survived
     * collections), or, without a recognisable old generation, what survived the last collection.
     */
    static long liveAfterLastGc() {
        long sum = 0;
        if (!OLD_POOLS.isEmpty()) {
            for (MemoryPoolMXBean p : OLD_POOLS) {
                sum += p.getUsage().getUsed();
            }
            return sum;
        }
        for (MemoryPoolMXBean p : HEAP_POOLS) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Bytes the calling Java thread has allocated so far (monotonic; cheap to read). */
    static long threadAllocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * True when the live-data estimate, or the heap in use, is past what is safe. The old
     * generation also holds garbage until a collection reaches it (in a server, garbage of many
     * earlier runs), so an estimate past the limit is checked once more after a full collection
     * (at most one a second) before the run is stopped.
     */
    static boolean overLimit(long limitBytes) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        if (liveAfterLastGc() <= limitBytes && used <= rt.maxMemory() / 10 * 9) {
            return false;
        }
        long now = System.nanoTime();
        if (now - lastFullGc > 1_000_000_000L) {
            lastFullGc = now;
            System.gc();
        }
        used = rt.totalMemory() - rt.freeMemory();
        return liveAfterLastGc() > limitBytes || used > rt.maxMemory() / 10 * 9;
    }

    /** When overLimit last asked for a full collection (JVM-wide: the heap is the JVM's). */
    private static volatile long lastFullGc = System.nanoTime() - 2_000_000_000L;

    /** The limit in bytes: the run's own, but never more than 80% of what the JVM may use. */
    static long effectiveLimit(long runLimitBytes) {
        long max = Runtime.getRuntime().maxMemory();
        return Math.min(runLimitBytes, max / 10 * 8);
    }
}
