package dev.interleave.vm;

/** The run's client cancelled it; thrown where the limits are checked. Python cannot catch it. */
public final class RunCancelled extends RuntimeException {

    public RunCancelled() {
        super("cancelled", null, false, false);
    }
}
