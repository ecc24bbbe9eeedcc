package dev.interleave.vm;

/** A module: a name and a namespace dict. */
public final class PyModule extends PyObject {

    private final String name;
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", PyStr.of(name));
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    @Override
    public PyType type() {
        return Builtins.MODULE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    public String name() {
        return name;
    }

    public void put(String key, PyObject value) {
        dict.putStr(key, value);
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
