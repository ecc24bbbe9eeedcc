package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.math.BigInteger;
import java.util.List;

/** The integer functions of the math module: gcd, lcm, factorial, isqrt, comb, perm and prod. */
final class IntegerMath {
    private IntegerMath() {}

    private static final int MULT = Operator.Bin.MULT.ordinal();

    static void addTo(List<PyBuiltinFunction> f) {
        f.add(Methods.fn("gcd", (in, a, k) -> {
            Args.noKeywords("gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(ClinicArgs.indexObject(in, x).toBig());
            }
            return PyInt.of(g);
        }));
        f.add(Methods.fn("lcm", (in, a, k) -> {
            Args.noKeywords("lcm", k);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = ClinicArgs.indexObject(in, x).toBig();
                if (l.signum() == 0 || v.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.multiply(v).abs().divide(l.gcd(v));
            }
            return PyInt.of(l);
        }));
        f.add(Methods.fn("factorial", (in, a, k) -> {
            PyInt n = ClinicArgs.indexObject(in, ClinicArgs.one("math.factorial", a, k, 0));
            if (n.signum() < 0) {
                throw PyErr.valueError("factorial() not defined for negative values");
            }
            if (n.isBig()) {
                throw PyErr.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(product(1, n.value));
        }));
        f.add(Methods.fn("isqrt", (in, a, k) -> {
            PyInt n = ClinicArgs.indexObject(in, ClinicArgs.one("math.isqrt", a, k, 0));
            if (n.signum() < 0) {
                throw PyErr.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.toBig().sqrt());
        }));
        f.add(Methods.fn("comb", (in, a, k) -> {
            ClinicArgs.positional("comb", a, k, 0, 2, 2);
            BigInteger n = nonNegative(in, a[0], "n");
            BigInteger r = nonNegative(in, a[1], "k");
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger other = n.subtract(r);
            if (other.compareTo(r) < 0) {
                r = other;
            }
            if (r.bitLength() > 63) {
                throw PyErr.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(comb(n, r.longValue()));
        }));
        f.add(Methods.fn("perm", (in, a, k) -> {
            ClinicArgs.positional("perm", a, k, 0, 1, 2);
            BigInteger n = nonNegative(in, a[0], "n");
            if (a.length == 1 || a[1] == PyNone.NONE) {
                if (n.bitLength() > 63) {
                    throw PyErr.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
                }
                return PyInt.of(product(1, n.longValue()));
            }
            BigInteger r = nonNegative(in, a[1], "k");
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger result = BigInteger.ONE;
            for (BigInteger i = n.subtract(r).add(BigInteger.ONE); i.compareTo(n) <= 0; i = i.add(BigInteger.ONE)) {
                result = result.multiply(i);
            }
            return PyInt.of(result);
        }));
        f.add(Methods.fn("prod", IntegerMath::prod));
    }

    private static BigInteger nonNegative(Interpreter in, PyObject o, String name) {
        BigInteger v = ClinicArgs.indexObject(in, o).toBig();
        if (v.signum() < 0) {
            throw PyErr.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    /** lo * (lo+1) * ... * hi by binary splitting (fast for large factorials). */
    static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            long acc = 1;
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** C(n, r) for r <= n - r, exact at every step. */
    private static BigInteger comb(BigInteger n, long r) {
        BigInteger result = BigInteger.ONE;
        for (long i = 1; i <= r; i++) {
            result = result.multiply(n.subtract(BigInteger.valueOf(r - i))).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** math.prod(iterable, *, start=1). */
    private static PyObject prod(Interpreter in, PyObject[] a, String[] k) {
        int npos = a.length - ClinicArgs.kwCount(k);
        if (npos != 1) {
            throw PyErr.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        }
        ClinicArgs.onlyKeywords("prod", k, "start");
        PyObject start = ClinicArgs.keyword(a, k, "start");
        PyObject result = start == null ? PyInt.of(1) : start;
        PyObject it = Ops.iter(in, a[0]);
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            if (result instanceof PyInt ri && x instanceof PyInt xi && !ri.isBig() && !xi.isBig()) {
                long hi = Math.multiplyHigh(ri.value, xi.value);
                long lo = ri.value * xi.value;
                if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                    result = PyInt.of(lo);
                    continue;
                }
            }
            result = Arith.binary(in, MULT, result, x);
        }
        return result;
    }
}
