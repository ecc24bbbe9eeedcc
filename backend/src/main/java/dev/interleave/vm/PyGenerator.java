package dev.interleave.vm;

/** A generator, coroutine or async generator: a suspended frame and its state. */
public final class PyGenerator extends PyObject {

    enum State { CREATED, SUSPENDED, RUNNING, CLOSED }

    final Frame frame;
    final PyType kind;
    State state = State.CREATED;
    public String name;
    public String qualname;
    /** The exception being handled inside the generator while it is suspended. */
    PyBaseException excState;
    /** The caller's handled exception, saved while the generator runs. */
    PyBaseException callerHandled;
    /** Set once a coroutine has been awaited to completion. */
    boolean finishedAwait;

    PyGenerator(Frame frame, PyType kind) {
        this.frame = frame;
        this.kind = kind;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
        frame.gen = this;
    }

    @Override
    public PyType type() {
        return kind;
    }

    public boolean isCoroutine() {
        return kind == Builtins.COROUTINE;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }

    /** "generator" or "coroutine", as CPython's messages say. */
    String noun() {
        return kind == Builtins.COROUTINE ? "coroutine" : kind == Builtins.ASYNC_GENERATOR ? "async generator" : "generator";
    }

    @Override
    public String toString() {
        return "<" + kind.name() + " object " + qualname + ">";
    }
}
