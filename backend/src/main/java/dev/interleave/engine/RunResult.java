package dev.interleave.engine;

import dev.interleave.machine.Trace;

/**
 * How a run ended.
 *
 * @param exitStatus the process exit status: the program's own (0, 1, or sys.exit's), 3 deadlock, 4 limit
 * @param ending     why it ended
 * @param message    for LIMIT and DEADLOCK, the report (also written to stderr); otherwise empty
 * @param summary    what the machine did (null when the program never ran: a syntax error, a source too big)
 * @param trace      the run's trace (its events only when the options asked to keep them), or null
 */
public record RunResult(int exitStatus, Ending ending, String message, RunSummary summary, Trace trace) {

    public enum Ending { FINISHED, UNCAUGHT_EXCEPTION, SYNTAX_ERROR, EXIT, DEADLOCK, LIMIT, CANCELLED }

    public RunResult(int exitStatus, Ending ending, String message) {
        this(exitStatus, ending, message, null, null);
    }
}
