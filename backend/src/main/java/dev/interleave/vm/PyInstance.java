package dev.interleave.vm;

/** An instance of a class defined by the program whose solid base is object. */
public final class PyInstance extends PyObject {

    private final PyType type;
    private final PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
