package dev.interleave.machine;

/**
 * Unwinds the Java stack of a simulated thread whose run is over (the program ended while it
 * was parked). An Error, so no Python handler and no engine catch clause stops it.
 */
final class ThreadKilled extends Error {
    ThreadKilled() {
        super(null, null, false, false);
    }
}
