package dev.interleave.machine;

/**
 * Thrown in the main thread's Java stack when the run must end early: a deadlock, a limit
 * reached in another thread, a replay that does not fit, or an engine fault in another thread.
 */
public final class RunStopped extends RuntimeException {

    /** Why the run stopped. */
    public enum Why { DEADLOCK, LIMIT, REPLAY, FAULT, CANCELLED }

    public final Why why;

    public RunStopped(Why why, String message) {
        super(message, null, false, false);
        this.why = why;
    }
}
