package dev.interleave.vm;

/** A builtin attribute computed by Java code (CPython's getset_descriptor), e.g. __class__ or args. */
public final class PyGetSet extends PyObject {

    @FunctionalInterface
    public interface Getter {
        PyObject get(Interpreter in, PyObject obj);
    }

    @FunctionalInterface
    public interface Setter {
        void set(Interpreter in, PyObject obj, PyObject value);
    }

    public final String name;
    public final Getter getter;
    public final Setter setter;

    public PyGetSet(String name, Getter getter, Setter setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return Builtins.GETSET_DESCRIPTOR;
    }
}
