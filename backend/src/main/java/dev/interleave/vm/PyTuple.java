package dev.interleave.vm;

/**
 * tuple: a fixed array. The array must not be changed once the tuple is built. Instances of
 * program-defined subclasses are {@link Sub}s.
 */
public class PyTuple extends PyObject {

    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return Builtins.TUPLE;
    }

    /** An instance of a program-defined subclass of tuple: its class and attributes. */
    static final class Sub extends PyTuple {
        private final PyType type;
        private final PyDict attrs = new PyDict();

        Sub(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            return attrs;
        }
    }

    /** A plain tuple with these items (itself when it is one). */
    public PyTuple exact() {
        return getClass() == PyTuple.class ? this : of(items);
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }
}
