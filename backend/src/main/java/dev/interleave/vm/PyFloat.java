package dev.interleave.vm;

/** float: a double. Immutable. */
public final class PyFloat extends PyObject {

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.FLOAT;
    }

    @Override
    public String toString() {
        return FloatFormat.repr(value);
    }
}
