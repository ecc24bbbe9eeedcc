package dev.interleave.engine;

/**
 * The machine settings a run is made with. Every field has a documented default
 * (see docs/machine.md); the CLI and the server change them.
 *
 * @param cores          simulated CPU cores
 * @param seed           seed for the program's {@code random} module and the scheduler
 * @param startMethod    multiprocessing start method: "fork" or "spawn"
 * @param gil            false runs threads of one process in parallel (like CPython 3.13t)
 * @param limits         the limits that stop a run
 */
public record RunOptions(int cores, long seed, String startMethod, boolean gil, Limits limits) {

    public static RunOptions defaults() {
        return new RunOptions(4, 0, "fork", true, Limits.defaults());
    }

    public RunOptions withCores(int n) { return new RunOptions(n, seed, startMethod, gil, limits); }
    public RunOptions withSeed(long s) { return new RunOptions(cores, s, startMethod, gil, limits); }
    public RunOptions withStartMethod(String m) { return new RunOptions(cores, seed, m, gil, limits); }
    public RunOptions withGil(boolean g) { return new RunOptions(cores, seed, startMethod, g, limits); }
    public RunOptions withLimits(Limits l) { return new RunOptions(cores, seed, startMethod, gil, l); }
}
