package dev.interleave.vm;

/** A function bound to its first argument (an instance, or a class for classmethods). */
public final class PyBoundMethod extends PyObject {

    public final PyObject func;
    public final PyObject self;

    public PyBoundMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return func instanceof PyBuiltinFunction ? Builtins.BUILTIN_FUNCTION : Builtins.METHOD;
    }
}
