package dev.interleave.vm;

import java.math.BigInteger;

/** int: a long while it fits, a BigInteger beyond. Immutable. Subclassed by bool and {@link Sub}. */
public class PyInt extends PyObject {

    private static final PyInt[] SMALL = new PyInt[262];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    public final long value;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** A copy of {@code v}'s value (for subclass instances). */
    private PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    /**
     * An instance of a program-defined subclass of int: its class and attributes. Its Java class
     * is not PyInt, so the fast paths that test {@code getClass() == PyInt.class} leave it alone.
     */
    static final class Sub extends PyInt {
        private final PyType type;
        private final PyDict attrs = new PyDict();

        Sub(PyType type, PyInt v) {
            super(v);
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

    /** A plain int with this value: itself for an int, a copy for a bool or a subclass instance. */
    public PyInt exact() {
        if (getClass() == PyInt.class) {
            return this;
        }
        return big != null ? new PyInt(big) : of(value);
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return Builtins.INT;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as an int, or an OverflowError naming what it is for. */
    public int toIntExact(String what) {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw PyErr.overflow("Python int too large to convert to C " + what);
        }
        return (int) value;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public double toDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("int too large to convert to float");
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && (big == null ? i.big == null && i.value == value : big.equals(i.big));
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(value) : big.hashCode();
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }
}
