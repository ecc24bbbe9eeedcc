package dev.interleave.vm;

/**
 * Carries a Python exception through Java frames (natives and the interpreter loop). Has no
 * Java stack trace: Python's traceback is kept on the exception object.
 */
public final class PyException extends RuntimeException {

    public final PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name() + ": " + exc.args;
    }
}
