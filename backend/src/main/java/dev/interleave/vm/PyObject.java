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
