package dev.interleave.vm;

/** property(fget, fset, fdel, doc). */
public final class PyProperty extends PyObject {

    public final PyObject fget;
    public final PyObject fset;
    public final PyObject fdel;
    public final PyObject doc;
    /** The attribute name the property was assigned to in its class body (for messages). */
    String name;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return Builtins.PROPERTY;
    }
}
