package dev.interleave.vm;

/** A variable shared between a function and the closures defined in it. */
public final class PyCell extends PyObject {

    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.CELL;
    }
}
