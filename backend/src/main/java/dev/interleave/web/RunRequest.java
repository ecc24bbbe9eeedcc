package dev.interleave.web;

/**
 * Body of {@code POST /api/run}; seed and cores fall back to the engine's defaults when absent.
 *
 * @param source the program
 * @param seed   seed of the scheduler and the program's {@code random}
 * @param cores  simulated cores
 */
public record RunRequest(String source, Long seed, Integer cores) {
}
