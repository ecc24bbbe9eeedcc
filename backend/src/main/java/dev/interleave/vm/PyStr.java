package dev.interleave.vm;

/**
 * str: a Java String. Python indexes by code point; while a string has no surrogate pairs
 * (the usual case) a code point index is a char index, and the slow path is taken otherwise.
 * Instances of program-defined subclasses are {@link Sub}s.
 */
public class PyStr extends PyObject {

    private static final PyStr[] ASCII = new PyStr[128];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public final String value;
    private int length = -1;
    private int hash;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) {
            return ASCII[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 128 ? ASCII[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return Builtins.STR;
    }

    /** An instance of a program-defined subclass of str: its class and attributes. */
    static final class Sub extends PyStr {
        private final PyType type;
        private final PyDict attrs = new PyDict();

        Sub(PyType type, String value) {
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

    /** A plain str with this value (itself when it is one). */
    public PyStr exact() {
        return getClass() == PyStr.class ? this : of(value);
    }

    /** Number of code points. */
    public int length() {
        if (length < 0) {
            length = value.codePointCount(0, value.length());
        }
        return length;
    }

    /** True when code point indexes equal char indexes. */
    public boolean isSimple() {
        return length() == value.length();
    }

    /** The char offset of code point index {@code i}. */
    public int offsetOf(int i) {
        return isSimple() ? i : value.offsetByCodePoints(0, i);
    }

    public int codePointAt(int i) {
        return isSimple() ? value.charAt(i) : value.codePointAt(offsetOf(i));
    }

    /** Substring by code point indexes. */
    public String substring(int from, int to) {
        if (isSimple()) {
            return value.substring(from, to);
        }
        return value.substring(offsetOf(from), offsetOf(to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = value.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return value;
    }
}
