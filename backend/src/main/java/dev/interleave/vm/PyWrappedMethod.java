package dev.interleave.vm;

/** staticmethod(f) and classmethod(f). */
public final class PyWrappedMethod extends PyObject {

    public final PyObject func;
    private final boolean isClassMethod;

    public PyWrappedMethod(PyObject func, boolean isClassMethod) {
        this.func = func;
        this.isClassMethod = isClassMethod;
    }

    public boolean isClassMethod() {
        return isClassMethod;
    }

    @Override
    public PyType type() {
        return isClassMethod ? Builtins.CLASSMETHOD : Builtins.STATICMETHOD;
    }
}
