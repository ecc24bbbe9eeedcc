package dev.interleave.engine;

/**
 * How a run ended.
 *
 * @param exitStatus the process exit status: the program's own (0, 1, or sys.exit's), 3 deadlock, 4 limit
 * @param ending     why it ended
 * @param message    for LIMIT and DEADLOCK, the report (also written to stderr); otherwise empty
 */
public record RunResult(int exitStatus, Ending ending, String message) {

    public enum Ending { FINISHED, UNCAUGHT_EXCEPTION, SYNTAX_ERROR, EXIT, DEADLOCK, LIMIT }
}
