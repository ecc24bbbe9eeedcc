package dev.interleave.machine;

/** A simulated thread's state, as the trace and the timelines name it. */
public enum Status {
    NEW("new"),
    /** Runnable, waiting for a core. */
    READY("ready"),
    /** On a core, executing bytecode. */
    RUNNING("running"),
    /** Runnable but waiting for its process's GIL (off core). */
    GIL_WAIT("gil-wait"),
    /** Waiting on a lock, condition, queue, join... */
    BLOCKED("blocked"),
    SLEEPING("sleeping"),
    DONE("done"),
    /** A daemon thread stopped when the program ended. */
    CUT_OFF("cut-off");

    public final String label;

    Status(String label) {
        this.label = label;
    }

    boolean alive() {
        return this != NEW && this != DONE && this != CUT_OFF;
    }
}
