package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The math module. Float functions follow CPython's math_1 rule: a NaN result from a non-NaN
 * argument is "math domain error", an infinite result from a finite argument is "math range
 * error" (OverflowError) for functions that can overflow and a domain error otherwise.
 * CPython calls the C library (glibc): measured against it, Math's exp, log, sin, cos, tan and
 * pow agree far more often than StrictMath's (fdlibm), so those are used; {@link InverseTrig}
 * rounds atan, atan2, asin and acos correctly as glibc does, and {@link Libm} follows glibc's
 * own algorithms for the others. Integer functions are in {@link IntegerMath}.
 */
final class MathModule implements NativeModule {

    private static final List<PyBuiltinFunction> FUNCTIONS = List.copyOf(build());

    @Override
    public String name() {
        return "math";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("math");
        for (PyBuiltinFunction f : FUNCTIONS) {
            m.put(f.name, f);
        }
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        return m;
    }

    static PyException domainError() {
        return PyErr.valueError("math domain error");
    }

    static PyException rangeError() {
        return PyErr.overflow("math range error");
    }

    /** Applies CPython's error rule to r = f(x). */
    static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    private static PyBuiltinFunction unary(String name, DoubleUnaryOperator f, boolean canOverflow) {
        return Methods.fn(name, (in, a, k) -> {
            double x = ClinicArgs.real(in, ClinicArgs.one("math." + name, a, k, 0));
            return new PyFloat(checked(x, f.applyAsDouble(x), canOverflow));
        });
    }

    private static double arg(Interpreter in, PyObject[] a, String[] k, String name, int n, int i) {
        ClinicArgs.positional(name, a, k, 0, n, n);
        return ClinicArgs.real(in, a[i]);
    }

    private static List<PyBuiltinFunction> build() {
        List<PyBuiltinFunction> f = new ArrayList<>();
        f.add(unary("sqrt", StrictMath::sqrt, false));
        f.add(unary("exp", Math::exp, true));
        f.add(unary("exp2", x -> Math.pow(2.0, x), true));
        f.add(unary("expm1", Math::expm1, true));
        f.add(unary("log1p", Libm::log1p, false));
        f.add(unary("sin", Math::sin, false));
        f.add(unary("cos", Math::cos, false));
        f.add(unary("tan", Math::tan, false));
        f.add(unary("asin", InverseTrig::asin, false));
        f.add(unary("acos", InverseTrig::acos, false));
        f.add(unary("atan", InverseTrig::atan, false));
        f.add(unary("sinh", Libm::sinh, true));
        f.add(unary("cosh", Libm::cosh, true));
        f.add(unary("tanh", Math::tanh, false));
        f.add(unary("asinh", Libm::asinh, false));
        f.add(unary("acosh", Libm::acosh, false));
        f.add(unary("atanh", Libm::atanh, false));
        f.add(unary("fabs", Math::abs, false));
        f.add(unary("cbrt", Libm::cbrt, false));
        f.add(Methods.fn("degrees", (in, a, k) -> new PyFloat(
                ClinicArgs.real(in, ClinicArgs.one("math.degrees", a, k, 0)) * (180.0 / Math.PI))));
        f.add(Methods.fn("radians", (in, a, k) -> new PyFloat(
                ClinicArgs.real(in, ClinicArgs.one("math.radians", a, k, 0)) * (Math.PI / 180.0))));
        f.add(Methods.fn("log", (in, a, k) -> {
            ClinicArgs.positional("log", a, k, 0, 1, 2);
            double num = logHelper(in, a[0], Libm::log);
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = logHelper(in, a[1], Libm::log);
            if (den == 0.0) {
                throw PyErr.zeroDivision("float division by zero");
            }
            return new PyFloat(num / den);
        }));
        f.add(Methods.fn("log2", (in, a, k) -> new PyFloat(logHelper(in, ClinicArgs.one("math.log2", a, k, 0),
                Libm::log2))));
        f.add(Methods.fn("log10", (in, a, k) -> new PyFloat(logHelper(in, ClinicArgs.one("math.log10", a, k, 0),
                Libm::log10))));
        f.add(Methods.fn("pow", (in, a, k) -> new PyFloat(Libm.pow(arg(in, a, k, "pow", 2, 0), arg(in, a, k, "pow", 2, 1)))));
        f.add(Methods.fn("atan2", (in, a, k) -> new PyFloat(InverseTrig.atan2(arg(in, a, k, "atan2", 2, 0),
                arg(in, a, k, "atan2", 2, 1)))));
        f.add(Methods.fn("copysign", (in, a, k) -> new PyFloat(Math.copySign(arg(in, a, k, "copysign", 2, 0),
                arg(in, a, k, "copysign", 2, 1)))));
        f.add(Methods.fn("fmod", (in, a, k) -> {
            double x = arg(in, a, k, "fmod", 2, 0);
            double y = arg(in, a, k, "fmod", 2, 1);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return new PyFloat(x);
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new PyFloat(r);
        }));
        f.add(Methods.fn("modf", (in, a, k) -> {
            double x = ClinicArgs.real(in, ClinicArgs.one("math.modf", a, k, 0));
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        }));
        f.add(Methods.fn("frexp", (in, a, k) -> {
            double x = ClinicArgs.real(in, ClinicArgs.one("math.frexp", a, k, 0));
            if (x == 0.0 || !Double.isFinite(x)) {
                return PyTuple.of(new PyFloat(x), PyInt.of(0));
            }
            int e = Math.getExponent(x) + 1;
            if (e == Double.MIN_EXPONENT) {
                e = Math.getExponent(x * 0x1p54) + 1 - 54;
            }
            return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e));
        }));
        f.add(Methods.fn("ldexp", (in, a, k) -> {
            ClinicArgs.positional("ldexp", a, k, 0, 2, 2);
            double x = ClinicArgs.real(in, a[0]);
            if (a[1] instanceof PyFloat) {
                throw PyErr.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt e = ClinicArgs.indexObject(in, a[1]);
            if (x == 0.0 || !Double.isFinite(x)) {
                return new PyFloat(x);
            }
            long exp = e.isBig() ? (e.signum() > 0 ? 100000 : -100000) : Math.max(-100000, Math.min(100000, e.value));
            double r = Math.scalb(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return new PyFloat(r);
        }));
        f.add(Methods.fn("hypot", (in, a, k) -> {
            Args.noKeywords("hypot", k);
            double[] v = new double[a.length];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                v[i] = Math.abs(ClinicArgs.real(in, a[i]));
                nan |= Double.isNaN(v[i]);
                if (v[i] > max) {
                    max = v[i];
                }
            }
            return new PyFloat(vectorNorm(v, max, nan));
        }));
        f.add(Methods.fn("dist", MathModule::dist));
        f.add(Methods.fn("isfinite", (in, a, k) -> PyBool.of(Double.isFinite(
                ClinicArgs.real(in, ClinicArgs.one("math.isfinite", a, k, 0))))));
        f.add(Methods.fn("isinf", (in, a, k) -> PyBool.of(Double.isInfinite(
                ClinicArgs.real(in, ClinicArgs.one("math.isinf", a, k, 0))))));
        f.add(Methods.fn("isnan", (in, a, k) -> PyBool.of(Double.isNaN(
                ClinicArgs.real(in, ClinicArgs.one("math.isnan", a, k, 0))))));
        f.add(Methods.fn("isclose", MathModule::isclose));
        f.add(Methods.fn("fsum", (in, a, k) -> new PyFloat(fsum(in, ClinicArgs.one("math.fsum", a, k, 0)))));
        f.add(Methods.fn("floor", (in, a, k) -> rounding(in, ClinicArgs.one("math.floor", a, k, 0), "__floor__", true)));
        f.add(Methods.fn("ceil", (in, a, k) -> rounding(in, ClinicArgs.one("math.ceil", a, k, 0), "__ceil__", false)));
        f.add(Methods.fn("trunc", (in, a, k) -> {
            PyObject x = ClinicArgs.one("math.trunc", a, k, 0);
            if (x instanceof PyFloat fx) {
                return NumberMethods.floatToInt(fx.value);
            }
            if (x instanceof PyInt xi) {
                return xi instanceof PyBool ? PyInt.of(xi.value) : xi;
            }
            PyObject r = Attr.callSpecial(in, x, "__trunc__");
            if (r == null) {
                throw PyErr.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
            }
            return r;
        }));
        IntegerMath.addTo(f);
        return f;
    }

    // ---- helpers ----

    /** loghelper: ints of any size (log of x * 2**e), else math_1. */
    private static double logHelper(Interpreter in, PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (!i.isBig() || i.big.bitLength() <= 1023) {
                double x = i.toDouble();
                return f.applyAsDouble(x);
            }
            int n = i.big.bitLength();
            int shift = n - 62;
            long top = i.big.shiftRight(shift).longValue();
            if (i.big.getLowestSetBit() < shift) {
                top |= 1;
            }
            double m = Math.scalb((double) top, -62);
            long e = n;
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        double x = ClinicArgs.real(in, arg);
        return checked(x, f.applyAsDouble(x), false);
    }

    private static PyObject rounding(Interpreter in, PyObject x, String special, boolean floor) {
        if (x instanceof PyFloat fx) {
            return NumberMethods.floatToInt(floor ? Math.floor(fx.value) : Math.ceil(fx.value));
        }
        if (x instanceof PyInt xi) {
            return xi instanceof PyBool ? PyInt.of(xi.value) : xi;
        }
        PyObject r = Attr.callSpecial(in, x, special);
        if (r != null) {
            return r;
        }
        double d = ClinicArgs.real(in, x);
        return NumberMethods.floatToInt(floor ? Math.floor(d) : Math.ceil(d));
    }

    private static PyObject isclose(Interpreter in, PyObject[] a, String[] k) {
        int npos = a.length - ClinicArgs.kwCount(k);
        if (npos > 2) {
            throw PyErr.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        PyObject[] p = Args.parse("isclose", a, k, 0, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2);
        double x = ClinicArgs.real(in, p[0]);
        double y = ClinicArgs.real(in, p[1]);
        double rel = p[2] == null ? 1e-9 : ClinicArgs.real(in, p[2]);
        double abs = p[3] == null ? 0.0 : ClinicArgs.real(in, p[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    private static PyObject dist(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("dist", a, k, 0, 2, 2);
        PyObject[] p = a[0] instanceof PyTuple t ? t.items : Ops.toArray(in, a[0]);
        PyObject[] q = a[1] instanceof PyTuple t ? t.items : Ops.toArray(in, a[1]);
        if (p.length != q.length) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[p.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < p.length; i++) {
            double d = Math.abs(ClinicArgs.real(in, p[i]) - ClinicArgs.real(in, q[i]));
            diffs[i] = d;
            nan |= Double.isNaN(d);
            if (d > max) {
                max = d;
            }
        }
        return new PyFloat(vectorNorm(diffs, max, nan));
    }

    /** CPython's vector_norm: an accurately rounded sqrt of the sum of squares (hypot, dist). */
    static double vectorNorm(double[] vec, double max, boolean foundNan) {
        int n = vec.length;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(max * 0x1p54) + 1 - 54 : Math.getExponent(max) + 1;
        if (maxE < -1023) {
            double[] scaled = new double[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = vec[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(scaled, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x;
            double prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi;
            double smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = StrictMath.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h;
        double prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi;
        double smLo = prHi - (smHi - csum);
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** math.fsum: Shewchuk's exact partial sums with CPython's final half-even fix-up. */
    static double fsum(Interpreter in, PyObject iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        double lo = 0.0;
        PyObject it = Ops.iter(in, iterable);
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it)) {
            double x = ClinicArgs.real(in, item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyErr.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
