package dev.interleave.vm;

/** float: a double. Immutable. Instances of program-defined subclasses are {@link Sub}s. */
public class PyFloat extends PyObject {

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.FLOAT;
    }

    /** An instance of a program-defined subclass of float: its class and attributes. */
    static final class Sub extends PyFloat {
        private final PyType type;
        private final PyDict attrs = new PyDict();

        Sub(PyType type, double value) {
            super(value);
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

    /** A plain float with this value (itself when it is one). */
    public PyFloat exact() {
        return getClass() == PyFloat.class ? this : new PyFloat(value);
    }

    @Override
    public String toString() {
        return FloatFormat.repr(value);
    }
}
