package dev.interleave.vm;

/**
 * The inline cache of one instruction: what looking a name up on a type found last time
 * (possibly nothing), valid while that type's version holds. A program-defined class gets a new
 * version whenever it or one of its bases gains, loses or replaces an attribute; builtin types
 * never change after start-up.
 */
final class TypeSite {
    private final PyType type;
    private final int version;
    private final String name;
    private final PyObject found;

    private TypeSite(PyType type, int version, String name, PyObject found) {
        this.type = type;
        this.version = version;
        this.name = name;
        this.found = found;
    }

    /** {@code type.lookup(name)}, through the cache of instruction {@code pc} of {@code code}. */
    static PyObject lookup(PyCode code, int pc, PyType type, String name) {
        TypeSite s = code.sites[pc];
        if (s != null && s.type == type && s.version == type.version() && s.name == name) {
            return s.found;
        }
        PyObject found = type.lookup(name);
        code.sites[pc] = new TypeSite(type, type.version(), name, found);
        return found;
    }

    /** The type's __init__ when that is a Python function and its __new__ is object's, else null. */
    static PyFunction plainInit(PyCode code, int pc, PyType type) {
        TypeSite s = code.sites[pc];
        if (s != null && s.type == type && s.version == type.version() && s.name == PLAIN_INIT) {
            return (PyFunction) s.found;
        }
        PyFunction found = type.lookup("__init__") instanceof PyFunction init
                && type.lookup("__new__") == ObjectMethods.NEW ? init : null;
        code.sites[pc] = new TypeSite(type, type.version(), PLAIN_INIT, found);
        return found;
    }

    /** The key of {@link #plainInit}'s entries: no attribute name is this very string. */
    private static final String PLAIN_INIT = new String("(plain __init__)");
}
