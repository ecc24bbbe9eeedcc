package dev.interleave.vm;

/** What the interpreter keeps per Python thread: its frame stack and the exception being handled. */
public final class ThreadState {

    final Interpreter in;
    /** The frame running now (the top of the stack). */
    Frame top;
    /** The exception being handled (sys.exc_info()), or null. */
    PyBaseException handled;
    /** Frames on the stack, for the recursion limit. */
    int depth;
    /** Set when a generator resumed from Java yielded (rather than returned). */
    boolean yielded;
    /** The value a frame left the loop with. */
    PyObject result;
    /** Set by RERAISE: the next unwind adds no traceback line. */
    boolean reraising;

    public ThreadState(Interpreter in) {
        this.in = in;
    }

    public Frame top() {
        return top;
    }

    public PyBaseException handled() {
        return handled;
    }
}
