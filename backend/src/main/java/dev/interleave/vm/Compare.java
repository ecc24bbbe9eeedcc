package dev.interleave.vm;

import java.math.BigDecimal;

/** Rich comparison with Python's semantics and messages. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** a OP b as Python evaluates it (may return any object from a user __lt__ etc.). */
    public static PyObject rich(Interpreter in, PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return PyBool.of(test(compareInts((PyInt) a, (PyInt) b), op));
            }
            if (ca == PyStr.class) {
                return PyBool.of(test(compareStr(((PyStr) a).value, ((PyStr) b).value), op));
            }
            if (ca == PyFloat.class) {
                return PyBool.of(floatTest(((PyFloat) a).value, ((PyFloat) b).value, op));
            }
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        PyObject r;
        if (ta != tb && !tb.isBuiltin() && tb.isSubtypeOf(ta)) {
            checkedReverse = true;
            r = slot(in, b, a, SWAPPED[op]);
            if (r != null) {
                return r;
            }
        }
        r = slot(in, a, b, op);
        if (r != null) {
            return r;
        }
        if (!checkedReverse) {
            r = slot(in, b, a, SWAPPED[op]);
            if (r != null) {
                return r;
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw PyErr.typeError("'" + SYMBOLS[op] + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    public static boolean eq(Interpreter in, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                return x.big == null ? y.big == null && x.value == y.value : x.big.equals(y.big);
            }
            if (ca == PyStr.class) {
                return ((PyStr) a).value.equals(((PyStr) b).value);
            }
        }
        PyObject r = rich(in, a, b, EQ);
        return r == PyBool.TRUE || r != PyBool.FALSE && Ops.truthy(in, r);
    }

    public static boolean lt(Interpreter in, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return compareInts((PyInt) a, (PyInt) b) < 0;
        }
        PyObject r = rich(in, a, b, LT);
        return r == PyBool.TRUE || r != PyBool.FALSE && Ops.truthy(in, r);
    }

    /** Key equality for dicts and sets: identity, then ==. */
    public static boolean keyEquals(Interpreter in, PyObject a, PyObject b) {
        return a == b || eq(in, a, b);
    }

    private static boolean test(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean floatTest(double x, double y, int op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            default -> x >= y;
        };
    }

    static int compareInts(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return Long.compare(x.value, y.value);
        }
        return x.toBig().compareTo(y.toBig());
    }

    /** str comparison by code point (String.compareTo compares UTF-16 units). */
    static int compareStr(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
                    return ca - cb;
                }
                int at = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(at), b.codePointAt(at));
            }
        }
        return a.length() - b.length();
    }

    /** int OP float exactly (no rounding of big ints), with nan comparing unequal to everything. */
    private static boolean intFloat(PyInt i, double d, int op) {
        if (Double.isNaN(d)) {
            return op == NE;
        }
        if (Double.isInfinite(d)) {
            return test(d > 0 ? -1 : 1, op);
        }
        if (i.big == null && Math.abs(i.value) < (1L << 53)) {
            return floatTest(i.value, d, op);
        }
        BigDecimal bi = new BigDecimal(i.toBig());
        return test(bi.compareTo(new BigDecimal(d)), op);
    }

    private static PyObject cmpResult(PyObject r) {
        return r == PyNone.NOT_IMPLEMENTED ? null : r;
    }

    /** The comparison one side offers (its type's slot): null for NotImplemented. */
    private static PyObject slot(Interpreter in, PyObject x, PyObject y, int op) {
        PyType t = x.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, DUNDERS[op]);
            if (m != null) {
                return cmpResult(Ops.callMethod(in, m, x, y));
            }
            PyObject r = nativeRich(in, x, y, op);
            if (r != null) {
                return r;
            }
            return objectDefault(in, x, y, op);
        }
        PyObject r = nativeRich(in, x, y, op);
        if (r != null) {
            return r;
        }
        if (!Ops.known(x)) {
            PyObject m = Ops.nativeSpecial(t, DUNDERS[op]);
            if (m != null) {
                return cmpResult(Ops.callMethod(in, m, x, y));
            }
        }
        return objectDefault(in, x, y, op);
    }

    /** object.__eq__ / object.__ne__: identity, and != inverts the type's ==. */
    private static PyObject objectDefault(Interpreter in, PyObject x, PyObject y, int op) {
        if (op == EQ) {
            return x == y ? PyBool.TRUE : null;
        }
        if (op == NE) {
            PyType t = x.type();
            PyObject m = t.isBuiltin() ? (Ops.known(x) ? null : Ops.nativeSpecial(t, "__eq__"))
                    : Ops.userSpecial(t, "__eq__");
            PyObject r = m != null ? cmpResult(Ops.callMethod(in, m, x, y)) : x == y ? PyBool.TRUE : null;
            if (r == null) {
                return null;
            }
            return PyBool.of(!Ops.truthy(in, r));
        }
        return null;
    }

    /** The builtin types' comparisons; null for NotImplemented. */
    static PyObject nativeRich(Interpreter in, PyObject a, PyObject b, int op) {
        if (a instanceof PyInt x) {
            if (b instanceof PyInt y) {
                return PyBool.of(test(compareInts(x, y), op));
            }
            if (b instanceof PyFloat f) {
                return PyBool.of(intFloat(x, f.value, op));
            }
            return null;
        }
        if (a instanceof PyFloat x) {
            if (b instanceof PyFloat y) {
                return PyBool.of(floatTest(x.value, y.value, op));
            }
            if (b instanceof PyInt y) {
                return PyBool.of(intFloat(y, x.value, SWAPPED[op]));
            }
            return null;
        }
        if (a instanceof PyStr x) {
            return b instanceof PyStr y ? PyBool.of(test(compareStr(x.value, y.value), op)) : null;
        }
        if (a instanceof PyList x) {
            return b instanceof PyList y ? sequences(in, x.items, x.size, y.items, y.size, op, x, y) : null;
        }
        if (a instanceof PyTuple x) {
            return b instanceof PyTuple y ? sequences(in, x.items, x.items.length, y.items, y.items.length, op, x, y)
                    : null;
        }
        if (a instanceof PyDict x) {
            if (!(b instanceof PyDict y) || op != EQ && op != NE) {
                return null;
            }
            return PyBool.of(dictEquals(in, x, y) == (op == EQ));
        }
        if (a instanceof PySet x) {
            return b instanceof PySet y ? PyBool.of(setCompare(in, x, y, op)) : null;
        }
        if (a instanceof PyRange x) {
            if (!(b instanceof PyRange y) || op != EQ && op != NE) {
                return null;
            }
            return PyBool.of(x.sameSequence(y) == (op == EQ));
        }
        if (a instanceof PySlice x) {
            if (!(b instanceof PySlice y)) {
                return null;
            }
            return rich(in, PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        }
        if (a instanceof GenericAlias x) {
            if (!(b instanceof GenericAlias y) || op != EQ && op != NE) {
                return null;
            }
            return PyBool.of(x.sameAs(in, y) == (op == EQ));
        }
        if (a instanceof GenericAlias.Union x) {
            if (!(b instanceof GenericAlias.Union y) || op != EQ && op != NE) {
                return null;
            }
            return PyBool.of(x.sameAs(y) == (op == EQ));
        }
        return null;
    }

    /** list_richcompare / tuplerichcompare. */
    private static PyObject sequences(Interpreter in, PyObject[] v, int vn, PyObject[] w, int wn, int op,
                                      PyObject vo, PyObject wo) {
        if (vn != wn && (op == EQ || op == NE)) {
            return PyBool.of(op == NE);
        }
        int i = 0;
        while (true) {
            // a list may change size while its items are compared
            int vlen = vo instanceof PyList l ? l.size : vn;
            int wlen = wo instanceof PyList l ? l.size : wn;
            PyObject[] va = vo instanceof PyList l ? l.items : v;
            PyObject[] wa = wo instanceof PyList l ? l.items : w;
            if (i >= vlen || i >= wlen) {
                return PyBool.of(test(Integer.compare(vlen, wlen), op));
            }
            PyObject x = va[i];
            PyObject y = wa[i];
            if (x != y && !eq(in, x, y)) {
                if (op == EQ) {
                    return PyBool.FALSE;
                }
                if (op == NE) {
                    return PyBool.TRUE;
                }
                return rich(in, x, y, op);
            }
            i++;
        }
    }

    private static boolean dictEquals(Interpreter in, PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            PyObject k = a.keyAt(e);
            PyObject av = a.valueAt(e);
            PyObject bv = b.get(in, k);
            if (bv == null) {
                return false;
            }
            if (av != bv && !eq(in, av, bv)) {
                return false;
            }
        }
        return true;
    }

    private static boolean setCompare(Interpreter in, PySet v, PySet w, int op) {
        return switch (op) {
            case EQ -> v.size() == w.size() && v.isSubset(in, w);
            case NE -> !(v.size() == w.size() && v.isSubset(in, w));
            case LE -> v.isSubset(in, w);
            case GE -> v.isSuperset(in, w);
            case LT -> v.size() < w.size() && v.isSubset(in, w);
            default -> v.size() > w.size() && v.isSuperset(in, w);
        };
    }

    /** The symbol of a comparison, for messages. */
    public static String symbol(int op) {
        return SYMBOLS[op];
    }
}
