package dev.interleave.engine;

/**
 * Limits that stop an untrusted program. A run that exceeds one ends with exit
 * status 4 and a message naming the limit.
 *
 * @param maxSourceBytes  largest accepted source text
 * @param maxBytecodes    bytecodes executed over the whole run
 * @param maxHeapBytes    live heap the run may hold (checked after garbage collections)
 * @param maxWallMillis   real time the run may take
 * @param recursionLimit  initial value of sys.getrecursionlimit()
 */
public record Limits(int maxSourceBytes, long maxBytecodes, long maxHeapBytes, long maxWallMillis,
                     int recursionLimit) {

    public Limits withMaxBytecodes(long n) {
        return new Limits(maxSourceBytes, n, maxHeapBytes, maxWallMillis, recursionLimit);
    }

    public Limits withMaxHeapBytes(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, n, maxWallMillis, recursionLimit);
    }

    public Limits withMaxWallMillis(long n) {
        return new Limits(maxSourceBytes, maxBytecodes, maxHeapBytes, n, recursionLimit);
    }

    public static Limits defaults() {
        return new Limits(256 * 1024, 1_000_000_000L, 1L << 30, 20_000L, 1000);
    }
}
