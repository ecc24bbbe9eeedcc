package dev.interleave.vm;

/** Registers natives in builtin types' namespaces (at start-up only). */
public final class Methods {
    private Methods() {}

    /** Defines method {@code name} on builtin type {@code t}; args[0] is self when called. */
    public static void def(PyType t, String name, NativeCode code) {
        t.ownDict().put(name, new PyBuiltinFunction(name, t, code, false));
    }

    /** Defines a read-only computed attribute. */
    public static void getter(PyType t, String name, PyGetSet.Getter g) {
        t.ownDict().put(name, new PyGetSet(name, g, null));
    }

    /** Defines a computed attribute with a setter. */
    public static void getset(PyType t, String name, PyGetSet.Getter g, PyGetSet.Setter s) {
        t.ownDict().put(name, new PyGetSet(name, g, s));
    }

    /** Puts a plain value (a constant or a class attribute) in the namespace. */
    public static void value(PyType t, String name, PyObject v) {
        t.ownDict().put(name, v);
    }

    /** A plain builtin function (not a method). */
    public static PyBuiltinFunction fn(String name, NativeCode code) {
        return new PyBuiltinFunction(name, code);
    }
}
