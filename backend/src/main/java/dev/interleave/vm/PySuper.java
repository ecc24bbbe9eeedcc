package dev.interleave.vm;

/** super(type, obj): attribute lookup that starts after {@code start} in obj's MRO. */
public final class PySuper extends PyObject {

    public final PyType start;
    public final PyObject obj;
    /** type(obj), or obj itself when obj is a class. */
    public final PyType objType;

    public PySuper(PyType start, PyObject obj, PyType objType) {
        this.start = start;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return Builtins.SUPER;
    }
}
