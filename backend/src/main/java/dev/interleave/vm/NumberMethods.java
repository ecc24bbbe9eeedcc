package dev.interleave.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * int, bool and float: constructors, methods and attributes, round(), and the int/str
 * conversion limit (sys.set_int_max_str_digits keeps its value in the run's module state
 * under {@link #MAX_STR_DIGITS_KEY}).
 */
final class NumberMethods {
    private NumberMethods() {}

    /** Module-state key of an {@code int[1]} holding sys.get_int_max_str_digits() (0 = no limit). */
    static final String MAX_STR_DIGITS_KEY = "sys.int_max_str_digits";

    static int maxStrDigits(Interpreter in) {
        return digitLimitCell(in)[0];
    }

    /** sys.set_int_max_str_digits: 0 for no limit (the caller checks the value). */
    static void setMaxStrDigits(Interpreter in, int limit) {
        digitLimitCell(in)[0] = limit;
    }

    private static int[] digitLimitCell(Interpreter in) {
        return in.moduleState(MAX_STR_DIGITS_KEY, () -> new int[] {4300});
    }

    /** str(big int) with CPython's digit limit. */
    static String bigToDecimal(Interpreter in, BigInteger b) {
        int limit = maxStrDigits(in);
        if (limit > 0 && (long) b.bitLength() * 30103 / 100000 > limit + 1) {
            throw digitLimit(limit);
        }
        String s = b.toString();
        int digits = b.signum() < 0 ? s.length() - 1 : s.length();
        if (limit > 0 && digits > limit) {
            throw digitLimit(limit);
        }
        return s;
    }

    private static PyException digitLimit(int limit) {
        return PyErr.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    static void install() {
        Builtins.INT.allocator(NumberMethods::newInt);
        Builtins.BOOL.allocator(NumberMethods::newBool);
        Builtins.FLOAT.allocator(NumberMethods::newFloat);
        installInt();
        installFloat();
    }

    // ---- constructors ----

    /** int(...) for int itself, or an instance of a program-defined subclass with that value. */
    private static PyObject newInt(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        PyInt v = intValue(in, args, kwnames);
        return type == Builtins.INT ? v : new PyInt.Sub(type, v);
    }

    private static PyInt intValue(Interpreter in, PyObject[] args, String[] kwnames) {
        int npos = Args.positionalCount(args, kwnames);
        PyObject x = npos > 0 ? args[0] : null;
        PyObject base = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw PyErr.typeError("int expected at most 2 arguments, got " + args.length);
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (!kwnames[k].equals("base")) {
                    throw PyErr.typeError("int() got an unexpected keyword argument '" + kwnames[k] + "'");
                }
                if (base != null) {
                    throw PyErr.typeError("argument for int() given by name ('base') and position (2)");
                }
                base = args[npos + k];
            }
        }
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        if (base != null) {
            long b = Ops.index(in, base);
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (!(x instanceof PyStr s)) {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
            return NumberParse.parseInt(in, s.value, (int) b);
        }
        return toInt(in, x);
    }

    /** int(x) for one argument. */
    static PyInt toInt(Interpreter in, PyObject x) {
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        PyObject m = special(x, "__int__");
        if (x instanceof PyInt i && m == null) {
            return i.exact();
        }
        if (x instanceof PyFloat f && m == null) {
            return floatToInt(f.value);
        }
        if (x instanceof PyStr s && m == null) {
            return NumberParse.parseInt(in, s.value, 10);
        }
        PyType t = x.type();
        if (m != null) {
            PyObject r = Ops.callMethod(in, m, x);
            if (r instanceof PyInt i) {
                return i.exact();
            }
            throw PyErr.typeError("__int__ returned non-int (type " + r.type().name() + ")");
        }
        if (special(x, "__index__") != null) {
            return Ops.indexObject(in, x);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name() + "'");
    }

    private static PyObject special(PyObject o, String name) {
        PyType t = o.type();
        if (!t.isBuiltin()) {
            return Ops.userSpecial(t, name);
        }
        return Ops.known(o) ? null : Ops.nativeSpecial(t, name);
    }

    /** int(float): truncation toward zero. */
    static PyInt floatToInt(double v) {
        if (Double.isNaN(v)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyErr.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    private static PyObject newBool(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("bool", kwnames);
        if (args.length > 1) {
            throw PyErr.typeError("bool expected at most 1 argument, got " + args.length);
        }
        return args.length == 0 ? PyBool.FALSE : PyBool.of(Ops.truthy(in, args[0]));
    }

    /** float(...) for float itself, or an instance of a program-defined subclass with that value. */
    private static PyObject newFloat(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("float", kwnames);
        if (args.length > 1) {
            throw PyErr.typeError("float expected at most 1 argument, got " + args.length);
        }
        PyFloat v = args.length == 0 ? new PyFloat(0.0) : toFloat(in, args[0]);
        return type == Builtins.FLOAT ? v : new PyFloat.Sub(type, v.value);
    }

    /** float(x) for one argument. */
    static PyFloat toFloat(Interpreter in, PyObject x) {
        if (x instanceof PyFloat f && special(x, "__float__") == null) {
            return f.exact();
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.toDouble());
        }
        if (x instanceof PyStr s) {
            Double d = NumberParse.parseFloat(s.value);
            if (d == null) {
                throw PyErr.valueError("could not convert string to float: " + Ops.repr(in, s));
            }
            return new PyFloat(d);
        }
        PyObject m = special(x, "__float__");
        if (m != null) {
            PyObject r = Ops.callMethod(in, m, x);
            if (r instanceof PyFloat f) {
                return f.exact();
            }
            throw PyErr.typeError(x.type().qualname() + ".__float__ returned non-float (type " + r.type().name() + ")");
        }
        if (special(x, "__index__") != null) {
            return new PyFloat(Ops.indexObject(in, x).toDouble());
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    // ---- round ----

    /** round(x[, ndigits]); ndigits null or None for the one-argument form. */
    public static PyObject round(Interpreter in, PyObject x, PyObject ndigits) {
        boolean none = ndigits == null || ndigits == PyNone.NONE;
        if (x instanceof PyInt i) {
            PyInt v = i.exact();
            return none ? v : roundInt(v, Ops.indexObject(in, ndigits));
        }
        if (x instanceof PyFloat f) {
            if (none) {
                return floatToInt(Math.rint(f.value));
            }
            return roundFloat(f.value, Ops.indexObject(in, ndigits));
        }
        PyObject m = special(x, "__round__");
        if (m == null) {
            throw PyErr.typeError("type " + x.type().name() + " doesn't define __round__ method");
        }
        return none ? Ops.callMethod(in, m, x) : Ops.callMethod(in, m, x, ndigits);
    }

    /** Rounds an int to 10**-n, halves to even. */
    static PyInt roundInt(PyInt v, PyInt n) {
        if (n.signum() >= 0) {
            return v;
        }
        if (n.big != null || n.value < -100000) {
            return PyInt.of(0);
        }
        BigInteger pow10 = BigInteger.TEN.pow((int) -n.value);
        BigInteger[] qr = IntMath.bigDivMod(v.toBig(), pow10);
        BigInteger result = v.toBig().subtract(qr[1]);
        int c = qr[1].shiftLeft(1).compareTo(pow10);
        if (c > 0 || c == 0 && qr[0].testBit(0)) {
            result = result.add(pow10);
        }
        return PyInt.of(result);
    }

    /** round(float, n): correctly rounded to n decimals (halves to even on the exact value). */
    static PyFloat roundFloat(double x, PyInt n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return new PyFloat(x);
        }
        if (n.big != null ? n.big.signum() > 0 : n.value > 323) {
            return new PyFloat(x);
        }
        if (n.big != null || n.value < -308) {
            return new PyFloat(0.0 * x);
        }
        double r = new BigDecimal(x).setScale((int) n.value, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("rounded value too large to represent");
        }
        return new PyFloat(r == 0 ? Math.copySign(0.0, x) : r);
    }

    // ---- methods ----

    private static PyObject self(PyObject[] args, PyType t, String name) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method " + t.name() + "." + name + "() needs an argument");
        }
        return args[0];
    }

    private static PyInt intSelf(PyObject[] args, String name) {
        PyObject s = self(args, Builtins.INT, name);
        if (s instanceof PyInt i) {
            return i;
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'int' objects doesn't apply to a '" + s.type().name()
                + "' object");
    }

    private static double floatSelf(PyObject[] args, String name) {
        PyObject s = self(args, Builtins.FLOAT, name);
        if (s instanceof PyFloat f) {
            return f.value;
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'float' objects doesn't apply to a '"
                + s.type().name() + "' object");
    }

    private static void noArgs(String name, PyObject[] args, String[] kwnames) {
        Args.noKeywords(name, kwnames);
        if (args.length != 1) {
            throw PyErr.typeError(name + "() takes no arguments (" + (args.length - 1) + " given)");
        }
    }

    private static PyInt plain(PyInt i) {
        return i.exact();
    }

    static long bitLength(PyInt i) {
        if (i.big != null) {
            return i.big.abs().bitLength();
        }
        long v = i.value;
        if (v == Long.MIN_VALUE) {
            return 64;
        }
        return 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    private static void installInt() {
        PyType t = Builtins.INT;
        Methods.def(t, "bit_length", (in, a, kw) -> {
            noArgs("bit_length", a, kw);
            return PyInt.of(bitLength(intSelf(a, "bit_length")));
        });
        Methods.def(t, "bit_count", (in, a, kw) -> {
            noArgs("bit_count", a, kw);
            PyInt i = intSelf(a, "bit_count");
            return PyInt.of(i.big != null ? i.big.abs().bitCount()
                    : i.value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(i.value)));
        });
        NativeCode same = (in, a, kw) -> plain(intSelf(a, "__int__"));
        Methods.def(t, "conjugate", same);
        Methods.def(t, "__index__", same);
        Methods.def(t, "__int__", same);
        Methods.def(t, "__trunc__", same);
        Methods.def(t, "__floor__", same);
        Methods.def(t, "__ceil__", same);
        Methods.def(t, "__float__", (in, a, kw) -> new PyFloat(intSelf(a, "__float__").toDouble()));
        Methods.def(t, "__round__", (in, a, kw) -> round(in, intSelf(a, "__round__"), a.length > 1 ? a[1] : null));
        Methods.def(t, "is_integer", (in, a, kw) -> {
            noArgs("is_integer", a, kw);
            intSelf(a, "is_integer");
            return PyBool.TRUE;
        });
        Methods.def(t, "as_integer_ratio", (in, a, kw) -> {
            noArgs("as_integer_ratio", a, kw);
            return PyTuple.of(plain(intSelf(a, "as_integer_ratio")), PyInt.of(1));
        });
        Methods.getter(t, "real", (in, o) -> plain((PyInt) o));
        Methods.getter(t, "imag", (in, o) -> PyInt.of(0));
        Methods.getter(t, "numerator", (in, o) -> plain((PyInt) o));
        Methods.getter(t, "denominator", (in, o) -> PyInt.of(1));
        defArith(t, true);
        CompareMethods.define(t, o -> o instanceof PyInt, o -> o instanceof PyInt, true);
    }

    private static void installFloat() {
        PyType t = Builtins.FLOAT;
        Methods.def(t, "is_integer", (in, a, kw) -> {
            noArgs("is_integer", a, kw);
            double v = floatSelf(a, "is_integer");
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        Methods.def(t, "as_integer_ratio", (in, a, kw) -> {
            noArgs("as_integer_ratio", a, kw);
            return integerRatio(floatSelf(a, "as_integer_ratio"));
        });
        Methods.def(t, "conjugate", (in, a, kw) -> new PyFloat(floatSelf(a, "conjugate")));
        Methods.def(t, "__float__", (in, a, kw) -> new PyFloat(floatSelf(a, "__float__")));
        Methods.def(t, "__int__", (in, a, kw) -> floatToInt(floatSelf(a, "__int__")));
        Methods.def(t, "__trunc__", (in, a, kw) -> floatToInt(floatSelf(a, "__trunc__")));
        Methods.def(t, "__floor__", (in, a, kw) -> floatToInt(Math.floor(floatSelf(a, "__floor__"))));
        Methods.def(t, "__ceil__", (in, a, kw) -> floatToInt(Math.ceil(floatSelf(a, "__ceil__"))));
        Methods.def(t, "__round__", (in, a, kw) -> round(in, new PyFloat(floatSelf(a, "__round__")),
                a.length > 1 ? a[1] : null));
        Methods.getter(t, "real", (in, o) -> ((PyFloat) o).exact());
        Methods.getter(t, "imag", (in, o) -> new PyFloat(0.0));
        defArith(t, false);
        CompareMethods.define(t, o -> o instanceof PyFloat, o -> o instanceof PyFloat || o instanceof PyInt, true);
    }

    /** float.as_integer_ratio. */
    static PyTuple integerRatio(double v) {
        if (Double.isInfinite(v)) {
            throw PyErr.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (v == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(v < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    /** int.__add__ & co. (int operands only) and float's (int or float operands), with their __r*__ forms. */
    private static void defArith(PyType t, boolean isInt) {
        String[] names = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
            "xor"};
        int[] ops = {Arith.ADD, Arith.SUB, Arith.MULT, Arith.DIV, Arith.FLOORDIV, Arith.MOD, Arith.POW, Arith.LSHIFT,
            Arith.RSHIFT, Arith.BITAND, Arith.BITOR, Arith.BITXOR};
        for (int k = 0; k < names.length; k++) {
            int o = ops[k];
            if (!isInt && (o == Arith.LSHIFT || o == Arith.RSHIFT || o == Arith.BITAND || o == Arith.BITOR
                    || o == Arith.BITXOR)) {
                continue;
            }
            String name = "__" + names[k] + "__";
            String rname = "__r" + names[k] + "__";
            Methods.def(t, name, (in, a, kw) -> arith(a, kw, name, o, false, isInt));
            Methods.def(t, rname, (in, a, kw) -> arith(a, kw, rname, o, true, isInt));
        }
        Methods.def(t, "__divmod__", (in, a, kw) -> divmodMethod(in, a, kw, false, isInt));
        Methods.def(t, "__rdivmod__", (in, a, kw) -> divmodMethod(in, a, kw, true, isInt));
        Methods.def(t, "__neg__", (in, a, kw) -> Arith.nativeNegative(in, self(a, t, "__neg__")));
        Methods.def(t, "__pos__", (in, a, kw) -> Arith.nativePositive(in, self(a, t, "__pos__")));
        Methods.def(t, "__abs__", (in, a, kw) -> Arith.nativeAbs(in, self(a, t, "__abs__")));
        Methods.def(t, "__bool__", (in, a, kw) -> {
            PyObject v = self(a, t, "__bool__");
            return PyBool.of(v instanceof PyInt i ? i.signum() != 0 : v instanceof PyFloat f && f.value != 0.0);
        });
        if (isInt) {
            Methods.def(t, "__invert__", (in, a, kw) -> Arith.nativeInvert(in, self(a, t, "__invert__")));
        }
    }

    private static boolean accepts(PyObject o, boolean isInt) {
        return isInt ? o instanceof PyInt : o instanceof PyInt || o instanceof PyFloat;
    }

    private static PyObject arith(PyObject[] a, String[] kw, String name, int o, boolean reflected, boolean isInt) {
        Args.noKeywords(name, kw);
        if (a.length != 2) {
            throw PyErr.typeError("expected 1 argument, got " + (a.length - 1));
        }
        PyObject self = a[0];
        PyObject other = a[1];
        if (!accepts(self, isInt) || !accepts(other, isInt)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        PyObject x = reflected ? other : self;
        PyObject y = reflected ? self : other;
        PyObject r;
        if (x instanceof PyInt i && y instanceof PyInt j) {
            r = NativeOps.ints(o, i, j);
        } else {
            r = NativeOps.floats(o, FloatMath.toDouble(x), FloatMath.toDouble(y));
        }
        return r == null ? PyNone.NOT_IMPLEMENTED : r;
    }

    private static PyObject divmodMethod(Interpreter in, PyObject[] a, String[] kw, boolean reflected, boolean isInt) {
        Args.noKeywords("__divmod__", kw);
        if (a.length != 2) {
            throw PyErr.typeError("expected 1 argument, got " + (a.length - 1));
        }
        if (!accepts(a[0], isInt) || !accepts(a[1], isInt)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return reflected ? Arith.divmod(in, a[1], a[0]) : Arith.divmod(in, a[0], a[1]);
    }
}
