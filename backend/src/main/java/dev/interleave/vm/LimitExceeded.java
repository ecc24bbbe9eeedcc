package dev.interleave.vm;

/** Stops a run that went past one of its limits. Not catchable by the program. */
public final class LimitExceeded extends RuntimeException {

    public LimitExceeded(String message) {
        super(message, null, false, false);
    }
}
