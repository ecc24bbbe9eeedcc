package dev.interleave.vm;

/** os._exit: ends the process at once, skipping every handler and clean-up (stdout is not flushed). */
public final class ProcessExit extends RuntimeException {

    final int code;

    ProcessExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    /** The exit code os._exit was given. */
    public int code() {
        return code;
    }
}
