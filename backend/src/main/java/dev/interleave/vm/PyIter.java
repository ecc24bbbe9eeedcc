package dev.interleave.vm;

/** A builtin iterator: {@link #next} returns the next item, or null when exhausted. */
public abstract class PyIter extends PyObject {

    public abstract PyObject next(Interpreter in);

    @Override
    public PyType type() {
        return Builtins.ITERATOR;
    }
}
