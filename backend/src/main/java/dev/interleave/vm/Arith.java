package dev.interleave.vm;

import dev.interleave.lang.Operator;

/** Arithmetic and bitwise operators with Python's semantics and messages. */
public final class Arith {
    private Arith() {}

    /** The flag BINARY_OP adds to an operator for the in-place form (+=). */
    public static final int INPLACE = 0x80;

    /** Largest str/list/tuple built by concatenation or repetition before MemoryError. */
    public static final long MAX_ITEMS = 50_000_000L;

    static final int ADD = Operator.Bin.ADD.ordinal();
    static final int SUB = Operator.Bin.SUB.ordinal();
    static final int MULT = Operator.Bin.MULT.ordinal();
    static final int MATMULT = Operator.Bin.MATMULT.ordinal();
    static final int DIV = Operator.Bin.DIV.ordinal();
    static final int MOD = Operator.Bin.MOD.ordinal();
    static final int POW = Operator.Bin.POW.ordinal();
    static final int LSHIFT = Operator.Bin.LSHIFT.ordinal();
    static final int RSHIFT = Operator.Bin.RSHIFT.ordinal();
    static final int BITOR = Operator.Bin.BITOR.ordinal();
    static final int BITXOR = Operator.Bin.BITXOR.ordinal();
    static final int BITAND = Operator.Bin.BITAND.ordinal();
    static final int FLOORDIV = Operator.Bin.FLOORDIV.ordinal();

    private static final Operator.Bin[] OPS = Operator.Bin.values();
    private static final String[] NAMES = new String[OPS.length];
    private static final String[] RNAMES = new String[OPS.length];
    private static final String[] INAMES = new String[OPS.length];

    static {
        String[] base = new String[OPS.length];
        base[ADD] = "add";
        base[SUB] = "sub";
        base[MULT] = "mul";
        base[MATMULT] = "matmul";
        base[DIV] = "truediv";
        base[MOD] = "mod";
        base[POW] = "pow";
        base[LSHIFT] = "lshift";
        base[RSHIFT] = "rshift";
        base[BITOR] = "or";
        base[BITXOR] = "xor";
        base[BITAND] = "and";
        base[FLOORDIV] = "floordiv";
        for (int i = 0; i < OPS.length; i++) {
            NAMES[i] = "__" + base[i] + "__";
            RNAMES[i] = "__r" + base[i] + "__";
            INAMES[i] = "__i" + base[i] + "__";
        }
    }

    /**
     * a OP b. {@code op} is an {@link Operator.Bin} ordinal, or'ed with {@link #INPLACE} for
     * augmented assignment (tries __iadd__ first; lists extend in place).
     */
    public static PyObject binary(Interpreter in, int op, PyObject a, PyObject b) {
        int o = op & ~INPLACE;
        boolean inplace = op != o;
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (isInt(ca) && isInt(cb)) {
            PyObject r = NativeOps.ints(o, (PyInt) a, (PyInt) b);
            if (r != null) {
                return r;
            }
        } else if (ca == PyStr.class) {
            if (o == ADD && cb == PyStr.class) {
                return SeqOps.concatStr((PyStr) a, (PyStr) b);
            }
            if (o == MOD && b.type().isBuiltin()) {
                return PyStr.of(Formatter.percent(in, ((PyStr) a).value, b));
            }
        } else if (ca == PyFloat.class || cb == PyFloat.class) {
            if ((ca == PyFloat.class || isInt(ca)) && (cb == PyFloat.class || isInt(cb))) {
                PyObject r = NativeOps.floats(o, FloatMath.toDouble(a), FloatMath.toDouble(b));
                if (r != null) {
                    return r;
                }
            }
        } else if (a instanceof PyList l && l.subtype == null && inplace && o == ADD
                && (b instanceof PyList || b instanceof PyTuple)) {
            SeqOps.extend(in, l, b);
            return l;
        }
        return slow(in, o, inplace, a, b);
    }

    /** int or bool: the classes whose operators the fast paths compute (not a subclass's instances). */
    private static boolean isInt(Class<?> c) {
        return c == PyInt.class || c == PyBool.class;
    }

    private static PyObject slow(Interpreter in, int o, boolean inplace, PyObject a, PyObject b) {
        PyObject r;
        if (inplace) {
            r = inplaceSlot(in, o, a, b);
            if (r != null) {
                return r;
            }
        }
        r = binarySlots(in, o, a, b);
        if (r != null) {
            return r;
        }
        r = SeqOps.sequenceFallback(in, o, inplace, a, b);
        if (r != null) {
            return r;
        }
        throw unsupported(o, inplace, a, b);
    }

    static PyException unsupported(int o, boolean inplace, PyObject a, PyObject b) {
        String sym = OPS[o].symbol + (inplace ? "=" : "");
        if (o == POW && !inplace) {
            sym = "** or pow()";
        }
        return PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    private static PyObject notImpl(PyObject r) {
        return r == PyNone.NOT_IMPLEMENTED ? null : r;
    }

    /** a.__iop__(b): the program's method, or the native in-place forms (sets, dicts). */
    private static PyObject inplaceSlot(Interpreter in, int o, PyObject a, PyObject b) {
        PyType t = a.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, INAMES[o]);
            return m == null ? NativeOps.inplace(in, o, a, b) : notImpl(Ops.callMethod(in, m, a, b));
        }
        if (Ops.known(a)) {
            return NativeOps.inplace(in, o, a, b);
        }
        PyObject m = Ops.nativeSpecial(t, INAMES[o]);
        return m == null ? null : notImpl(Ops.callMethod(in, m, a, b));
    }

    /** CPython's binary_op1: the left operand's method, the right's reflected one, subclass first. */
    static PyObject binarySlots(Interpreter in, int o, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta.isBuiltin() && tb.isBuiltin() && Ops.known(a) && Ops.known(b)) {
            return NativeOps.binary(in, o, a, b);
        }
        boolean rightFirst = false;
        PyObject r;
        if (ta != tb && tb.isSubtypeOf(ta) && overridesReflected(ta, tb, RNAMES[o])) {
            rightFirst = true;
            r = reflected(in, o, a, b);
            if (r != null) {
                return r;
            }
        }
        r = forward(in, o, a, b);
        if (r != null) {
            return r;
        }
        if (ta != tb && !rightFirst) {
            return reflected(in, o, a, b);
        }
        return null;
    }

    private static boolean overridesReflected(PyType ta, PyType tb, String rname) {
        PyObject mb = Ops.userSpecial(tb, rname);
        return mb != null && mb != Ops.userSpecial(ta, rname);
    }

    /** a.__op__(b) */
    private static PyObject forward(Interpreter in, int o, PyObject a, PyObject b) {
        PyType t = a.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, NAMES[o]);
            if (m != null) {
                return notImpl(Ops.callMethod(in, m, a, b));
            }
            return NativeOps.binary(in, o, a, b);
        }
        if (Ops.known(a)) {
            return NativeOps.binary(in, o, a, b);
        }
        PyObject m = Ops.nativeSpecial(t, NAMES[o]);
        return m == null ? null : notImpl(Ops.callMethod(in, m, a, b));
    }

    /** b.__rop__(a) */
    private static PyObject reflected(Interpreter in, int o, PyObject a, PyObject b) {
        PyType t = b.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, RNAMES[o]);
            if (m != null) {
                return notImpl(Ops.callMethod(in, m, b, a));
            }
            return NativeOps.binary(in, o, a, b);
        }
        if (Ops.known(b)) {
            return a.type().isBuiltin() && Ops.known(a) ? null : NativeOps.binary(in, o, a, b);
        }
        PyObject m = Ops.nativeSpecial(t, RNAMES[o]);
        return m == null ? null : notImpl(Ops.callMethod(in, m, b, a));
    }

    // ---- unary ----

    public static PyObject negative(Interpreter in, PyObject a) {
        PyObject m = Ops.override(a, "__neg__");
        return m != null ? Ops.callMethod(in, m, a) : nativeNegative(in, a);
    }

    /** int.__neg__ and float.__neg__ for any instance, then a type's __neg__. */
    static PyObject nativeNegative(Interpreter in, PyObject a) {
        if (a instanceof PyInt i) {
            return IntMath.neg(i);
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(-f.value);
        }
        return unary(in, a, "__neg__", "-");
    }

    public static PyObject positive(Interpreter in, PyObject a) {
        PyObject m = Ops.override(a, "__pos__");
        return m != null ? Ops.callMethod(in, m, a) : nativePositive(in, a);
    }

    /** int.__pos__ and float.__pos__: the value as a plain int or float. */
    static PyObject nativePositive(Interpreter in, PyObject a) {
        if (a instanceof PyInt i) {
            return i.exact();
        }
        if (a instanceof PyFloat f) {
            return f.exact();
        }
        return unary(in, a, "__pos__", "+");
    }

    public static PyObject invert(Interpreter in, PyObject a) {
        PyObject m = Ops.override(a, "__invert__");
        return m != null ? Ops.callMethod(in, m, a) : nativeInvert(in, a);
    }

    static PyObject nativeInvert(Interpreter in, PyObject a) {
        if (a instanceof PyInt i) {
            return IntMath.invert(i);
        }
        return unary(in, a, "__invert__", "~");
    }

    /** abs(a) */
    public static PyObject abs(Interpreter in, PyObject a) {
        PyObject m = Ops.override(a, "__abs__");
        return m != null ? Ops.callMethod(in, m, a) : nativeAbs(in, a);
    }

    static PyObject nativeAbs(Interpreter in, PyObject a) {
        if (a instanceof PyInt i) {
            return IntMath.abs(i);
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value));
        }
        PyType t = a.type();
        PyObject m = t.isBuiltin() ? (Ops.known(a) ? null : Ops.nativeSpecial(t, "__abs__"))
                : Ops.userSpecial(t, "__abs__");
        if (m == null) {
            throw PyErr.typeError("bad operand type for abs(): '" + t.name() + "'");
        }
        return Ops.callMethod(in, m, a);
    }

    private static PyObject unary(Interpreter in, PyObject a, String name, String sym) {
        PyType t = a.type();
        PyObject m = t.isBuiltin() ? (Ops.known(a) ? null : Ops.nativeSpecial(t, name)) : Ops.userSpecial(t, name);
        if (m == null) {
            throw PyErr.typeError("bad operand type for unary " + sym + ": '" + t.name() + "'");
        }
        return Ops.callMethod(in, m, a);
    }

    // ---- divmod and pow ----

    /** divmod(a, b) */
    public static PyObject divmod(Interpreter in, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.divmod(x, y);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return FloatMath.divmod(FloatMath.toDouble(a), FloatMath.toDouble(b));
        }
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject m = ta.isBuiltin() ? null : Ops.userSpecial(ta, "__divmod__");
        if (m != null) {
            PyObject r = notImpl(Ops.callMethod(in, m, a, b));
            if (r != null) {
                return r;
            }
        }
        m = tb.isBuiltin() || ta == tb ? null : Ops.userSpecial(tb, "__rdivmod__");
        if (m != null) {
            PyObject r = notImpl(Ops.callMethod(in, m, b, a));
            if (r != null) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + ta.name() + "' and '" + tb.name() + "'");
    }

    /** pow(a, b, mod): mod None is a ** b. */
    public static PyObject pow(Interpreter in, PyObject a, PyObject b, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) {
            return binary(in, POW, a, b);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && mod instanceof PyInt m) {
            return IntMath.powMod(x, y, m);
        }
        if (a.type().isBuiltin() && b.type().isBuiltin() && mod.type().isBuiltin()) {
            if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)
                    && (mod instanceof PyInt || mod instanceof PyFloat)) {
                throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
        } else {
            PyObject m = a.type().isBuiltin() ? null : Ops.userSpecial(a.type(), "__pow__");
            if (m != null) {
                PyObject r = notImpl(in.call(m, a, b, mod));
                if (r != null) {
                    return r;
                }
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "', '"
                + b.type().name() + "', '" + mod.type().name() + "'");
    }
}
