package dev.interleave.vm;

/** bool: the two instances True and False, a subclass of int. */
public final class PyBool extends PyInt {

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return Builtins.BOOL;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }
}
