package dev.interleave.engine;

/**
 * The limits that stop an untrusted program. Each one reached ends the run with exit status 4
 * and a message naming it.
 *
 * @param maxSourceBytes  largest program accepted, in UTF-8 bytes
 * @param maxBytecodes    bytecode instructions a run may execute (all threads together)
 * @param maxHeapBytes    memory the program's objects may take
 * @param maxWallMillis   real time a run may take
 * @param recursionLimit  initial sys.getrecursionlimit()
 * @param maxThreads      threads alive at once
 * @param maxTraceEvents  events a run may record
 * @param maxVirtualNanos virtual time a run may reach
 */
public record Limits(int maxSourceBytes, long maxBytecodes, long maxHeapBytes, long maxWallMillis,
                     int recursionLimit, int maxThreads, long maxTraceEvents, long maxVirtualNanos) {

    public Limits withMaxBytecodes(long n) {
        return new Limits(maxSourceBytes, n, maxHeapBytes, maxWallMillis, recursionLimit, maxThreads, maxTraceEvents,
                maxVirtualNanos);
    }

    public Limits withMaxHeapBytes(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, n, maxWallMillis, recursionLimit, maxThreads, maxTraceEvents,
                maxVirtualNanos);
    }

    public Limits withMaxWallMillis(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, maxHeapBytes, n, recursionLimit, maxThreads, maxTraceEvents,
                maxVirtualNanos);
    }

    public Limits withMaxThreads(int n) {
        return new Limits(maxSourceBytes, maxBytecodes, maxHeapBytes, maxWallMillis, recursionLimit, n, maxTraceEvents,
                maxVirtualNanos);
    }

    public Limits withMaxTraceEvents(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, maxHeapBytes, maxWallMillis, recursionLimit, maxThreads, n,
                maxVirtualNanos);
    }

    public Limits withMaxVirtualNanos(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, maxHeapBytes, maxWallMillis, recursionLimit, maxThreads,
                maxTraceEvents, n);
    }

    public static Limits defaults() {
        return new Limits(256 * 1024, 1_000_000_000L, 1L << 30, 20_000L, 1000, 20_000, 5_000_000L,
                600_000_000_000L);
    }
}
