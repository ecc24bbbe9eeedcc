package dev.interleave.web;

/**
 * Answer of {@code POST /api/run}.
 *
 * @param stdout     the program's stdout, capped at 1 MB
 * @param stderr     the program's stderr, capped at 1 MB
 * @param exitStatus the exit status the CLI would give
 * @param ending     why the run ended, a {@link dev.interleave.engine.RunResult.Ending} name
 */
public record RunResponse(String stdout, String stderr, int exitStatus, String ending) {
}
