package dev.interleave.vm;

/**
 * Every Python value. Behaviour that depends on the type lives in {@link PyType} and the
 * protocol classes ({@link Ops}, {@link Arith}, {@link Compare}, {@link Attr}); subclasses hold data.
 */
public abstract class PyObject {

    /**
     * The object's number in its run, given on first need by {@link Interpreter#serialOf}; 0 until
     * then. Identity hashes and id() derive from it, so they are the same on every run.
     */
    int serial;

    /**
     * The serial of an object every run may share (a constant of library code compiled once):
     * each run numbers it in a table of its own instead, so that no run writes to it.
     */
    static final int SHARED = -1;

    public abstract PyType type();

    /** The instance attribute dict, or null when this kind of object has none. */
    public PyDict dict() {
        return null;
    }

    @Override
    public String toString() {
        return "<" + type().name() + ">";
    }
}
