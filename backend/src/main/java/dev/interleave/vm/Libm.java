package dev.interleave.vm;

/**
 * The C math library functions behind CPython's math module, computed as glibc computes them
 * where that is cheap to reproduce: cosh, sinh, log10, cbrt, asinh, acosh and atanh follow
 * glibc's own algorithms (on top of exp, log and log1p), and math_pow's IEEE special cases are
 * CPython's. Inputs outside a function's domain give NaN or an infinity, which
 * {@link MathModule#checked} turns into CPython's errors.
 */
final class Libm {
    private Libm() {}

    static double log(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Math.log(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return Double.isNaN(x) || x > 0 ? x : Double.NaN;
    }

    /** log2 exact for powers of two: the exponent plus the log of a mantissa near 1. */
    static double log2(double x) {
        if (!(x > 0.0) || !Double.isFinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return log2(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e);
        if (m == 1.0) {
            return e;
        }
        if (m > Math.sqrt(2.0)) {
            m /= 2;
            e += 1;
        }
        double l = Math.log(m);
        double q = l * INV_LN2_HI;
        double err = Math.fma(l, INV_LN2_HI, -q) + l * INV_LN2_LO;
        double sum = e + q;
        return sum + ((q - (sum - e)) + err);
    }

    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /** glibc's __ieee754_log10 (fdlibm's algorithm on top of log). */
    static double log10(double x) {
        if (!(x > 0.0) || !Double.isFinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) {
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Math.log(x);
        return z + y * 3.01029995663611771306e-01;
    }

    /** glibc's __ieee754_cosh. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.34657359027997264) {
            if (a < 0x1p-55) {
                return 1.0;
            }
            double t = Math.expm1(a);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    /** glibc's __ieee754_sinh. */
    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double h = Math.copySign(0.5, x);
        double a = Math.abs(x);
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (a < 709.782712893384) {
            return h * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return h * w * w;
    }

    /** glibc's __cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c). */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(ax * 0x1p54) + 1 - 54 : Math.getExponent(ax) + 1;
        double xm = Math.scalb(ax, -xe);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm)
                * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(ym / Math.copySign(1.0, x), xe / 3);
    }

    private static final double[] CBRT_FACTOR = {
        1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748,
    };

    static double log1p(double x) {
        return x == -1.0 ? Double.NEGATIVE_INFINITY : x < -1.0 ? Double.NaN : Math.log1p(x);
    }

    /** glibc's __asinh (fdlibm's algorithm). */
    static double asinh(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double w;
        if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double t = a * a;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** glibc's __ieee754_acosh. */
    static double acosh(double x) {
        if (x < 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** glibc's __ieee754_atanh. */
    static double atanh(double x) {
        double a = Math.abs(x);
        double t;
        if (a < 0.5) {
            if (a < 0x1p-28) {
                return x;
            }
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else if (a < 1.0) {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        } else if (a > 1.0 || Double.isNaN(a)) {
            return Double.NaN;
        } else {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        return Math.copySign(t, x);
    }

    /** math_pow: IEEE specials first, then libm pow with CPython's error rules. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathModule.domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? MathModule.domainError() : MathModule.rangeError();
        }
        return r;
    }
}
