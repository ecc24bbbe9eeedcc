package dev.interleave.vm;

/**
 * Builds Python exceptions with CPython's wording. Use as {@code throw PyErr.typeError(...)}.
 * Messages that several places share are built here, once.
 */
public final class PyErr {
    private PyErr() {}

    public static PyException of(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    public static PyException ofNoArgs(PyType type) {
        return new PyException(new PyBaseException(type, PyTuple.EMPTY));
    }

    public static PyException withArg(PyType type, PyObject arg) {
        return new PyException(new PyBaseException(type, PyTuple.of(arg)));
    }

    public static PyException typeError(String msg) { return of(Builtins.TYPE_ERROR, msg); }

    public static PyException valueError(String msg) { return of(Builtins.VALUE_ERROR, msg); }

    public static PyException runtimeError(String msg) { return of(Builtins.RUNTIME_ERROR, msg); }

    public static PyException indexError(String msg) { return of(Builtins.INDEX_ERROR, msg); }

    public static PyException overflow(String msg) { return of(Builtins.OVERFLOW_ERROR, msg); }

    public static PyException zeroDivision(String msg) { return of(Builtins.ZERO_DIVISION_ERROR, msg); }

    public static PyException nameError(String name) {
        PyException e = of(Builtins.NAME_ERROR, "name '" + name + "' is not defined");
        e.exc.dict().putStr("name", PyStr.of(name));
        return e;
    }

    public static PyException keyError(PyObject key) { return withArg(Builtins.KEY_ERROR, key); }

    public static PyException stopIteration(PyObject value) {
        return value == null || value == PyNone.NONE
                ? ofNoArgs(Builtins.STOP_ITERATION) : withArg(Builtins.STOP_ITERATION, value);
    }

    public static PyException attributeError(PyObject obj, String name) {
        String msg = obj instanceof PyType t
                ? "type object '" + t.name() + "' has no attribute '" + name + "'"
                : obj instanceof PyModule m
                ? "module '" + m.name() + "' has no attribute '" + name + "'"
                : "'" + (obj.type() == LocalObject.TYPE ? "_thread._local" : obj.type().name())
                + "' object has no attribute '" + name + "'";
        PyException e = of(Builtins.ATTRIBUTE_ERROR, msg);
        e.exc.dict().putStr("name", PyStr.of(name));
        e.exc.dict().putStr("obj", obj);
        return e;
    }

    /** The type name CPython uses in messages. */
    public static String typeName(PyObject o) {
        return o.type().name();
    }

    public static PyException notCallable(PyObject o) {
        return typeError("'" + typeName(o) + "' object is not callable");
    }

    public static PyException notIterable(PyObject o) {
        return typeError("'" + typeName(o) + "' object is not iterable");
    }

    public static PyException notSubscriptable(PyObject o) {
        return typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    public static PyException unhashable(PyObject o) {
        return typeError("unhashable type: '" + typeName(o) + "'");
    }

    public static PyException recursion() {
        return of(Builtins.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}
