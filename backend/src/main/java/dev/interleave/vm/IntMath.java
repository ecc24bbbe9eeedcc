package dev.interleave.vm;

import java.math.BigDecimal;
import java.math.BigInteger;

/** int arithmetic: a long fast path without allocation beyond the result, BigInteger beyond. */
final class IntMath {
    private IntMath() {}

    /** Largest int result, in bits, before MemoryError (CPython has no fixed cap; this guards the JVM). */
    static final long MAX_BITS = 1L << 28;

    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    static PyObject add(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.value;
            long b = y.value;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(x.toBig().add(y.toBig()));
    }

    static PyObject sub(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.value;
            long b = y.value;
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(x.toBig().subtract(y.toBig()));
    }

    static PyObject mul(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.value;
            long b = y.value;
            long hi = Math.multiplyHigh(a, b);
            long lo = a * b;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
            return PyInt.of(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
        }
        BigInteger a = x.toBig();
        BigInteger b = y.toBig();
        checkBits((long) a.bitLength() + b.bitLength());
        return PyInt.of(a.multiply(b));
    }

    static void checkBits(long bits) {
        if (bits > MAX_BITS) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
    }

    static PyObject floorDiv(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("integer division or modulo by zero");
        }
        if (x.big == null && y.big == null && !(x.value == Long.MIN_VALUE && y.value == -1)) {
            return PyInt.of(Math.floorDiv(x.value, y.value));
        }
        return PyInt.of(bigDivMod(x.toBig(), y.toBig())[0]);
    }

    static PyObject mod(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("integer modulo by zero");
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(Math.floorMod(x.value, y.value));
        }
        return PyInt.of(bigDivMod(x.toBig(), y.toBig())[1]);
    }

    static PyTuple divmod(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("integer division or modulo by zero");
        }
        if (x.big == null && y.big == null && !(x.value == Long.MIN_VALUE && y.value == -1)) {
            return PyTuple.of(PyInt.of(Math.floorDiv(x.value, y.value)), PyInt.of(Math.floorMod(x.value, y.value)));
        }
        BigInteger[] qr = bigDivMod(x.toBig(), y.toBig());
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** Floor division and modulo (the remainder takes the divisor's sign). */
    static BigInteger[] bigDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** int / int, correctly rounded as CPython's long_true_divide. */
    static PyObject trueDiv(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("division by zero");
        }
        if (x.big == null && y.big == null && Math.abs(x.value) <= (1L << 53) && Math.abs(y.value) <= (1L << 53)) {
            return new PyFloat((double) x.value / (double) y.value);
        }
        return new PyFloat(bigTrueDiv(x.toBig(), y.toBig()));
    }

    static double bigTrueDiv(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (a.compareTo(TWO_53) <= 0 && b.compareTo(TWO_53) <= 0) {
            double r = a.doubleValue() / b.doubleValue();
            return negative ? -r : r;
        }
        int diff = a.bitLength() - b.bitLength();
        if (diff > 1025) {
            throw PyErr.overflow("integer division result too large for a float");
        }
        if (diff < -1080) {
            return negative ? -0.0 : 0.0;
        }
        // q' = floor(a * 2^k / b) * 2 + sticky, with at least 56 significant bits
        int k = Math.max(0, 60 - diff);
        BigInteger[] qr = a.shiftLeft(k).divideAndRemainder(b);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        int scale = k + 1;
        // value = q * 2^-scale
        double r;
        int resultExp = q.bitLength() - scale;
        if (resultExp > -1020) {
            r = Math.scalb(q.doubleValue(), -scale);
        } else {
            r = new BigDecimal(q).divide(new BigDecimal(BigInteger.ONE.shiftLeft(scale))).doubleValue();
        }
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    static PyObject lshift(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (x.signum() == 0) {
            return PyInt.of(0);
        }
        if (y.big != null) {
            // CPython: the shift in 30-bit digits must fit a quarter of ssize_t, else the memory cannot exist
            if (y.big.divide(BigInteger.valueOf(30)).compareTo(BigInteger.valueOf(Long.MAX_VALUE / 4)) > 0) {
                throw PyErr.overflow("too many digits in integer");
            }
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        long n = y.value;
        if (x.big == null && n < 63) {
            long a = x.value;
            long r = a << n;
            if (r >> n == a) {
                return PyInt.of(r);
            }
        }
        BigInteger a = x.toBig();
        checkBits(a.bitLength() + n);
        return PyInt.of(a.shiftLeft((int) n));
    }

    static PyObject rshift(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (y.big != null || y.value >= Integer.MAX_VALUE) {
            return PyInt.of(x.signum() < 0 ? -1 : 0);
        }
        long n = y.value;
        if (x.big == null) {
            return PyInt.of(n >= 64 ? (x.value < 0 ? -1 : 0) : x.value >> n);
        }
        return PyInt.of(x.big.shiftRight((int) n));
    }

    static PyObject and(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value & y.value);
        }
        return PyInt.of(x.toBig().and(y.toBig()));
    }

    static PyObject or(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value | y.value);
        }
        return PyInt.of(x.toBig().or(y.toBig()));
    }

    static PyObject xor(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value ^ y.value);
        }
        return PyInt.of(x.toBig().xor(y.toBig()));
    }

    static PyObject neg(PyInt x) {
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(-x.value);
        }
        return PyInt.of(x.toBig().negate());
    }

    static PyObject abs(PyInt x) {
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(Math.abs(x.value));
        }
        return PyInt.of(x.toBig().abs());
    }

    static PyObject invert(PyInt x) {
        if (x.big == null) {
            return PyInt.of(~x.value);
        }
        return PyInt.of(x.big.not());
    }

    /** int ** int; a negative exponent gives a float. */
    static PyObject pow(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            return FloatMath.pow(x.toDouble(), y.toDouble());
        }
        if (x.big == null) {
            long a = x.value;
            if (a == 0 || a == 1) {
                return y.signum() == 0 ? PyInt.of(1) : x;
            }
            if (a == -1) {
                return PyInt.of(y.toBig().testBit(0) ? -1 : 1);
            }
        }
        if (y.big != null) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        long n = y.value;
        if (x.big == null) {
            long base = x.value;
            long result = 1;
            long e = n;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger a = x.toBig();
        long bits = (long) (a.abs().bitLength() - 1) * n;
        checkBits(bits);
        if (n > Integer.MAX_VALUE) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        int lowest = a.getLowestSetBit();
        if (a.abs().bitCount() == 1) {
            BigInteger r = BigInteger.ONE.shiftLeft((int) (lowest * n));
            return PyInt.of(a.signum() < 0 && (n & 1) != 0 ? r.negate() : r);
        }
        return PyInt.of(a.pow((int) n));
    }

    /** pow(x, y, m) for ints. */
    static PyObject powMod(PyInt x, PyInt y, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBig();
        BigInteger absMod = mod.abs();
        if (absMod.equals(BigInteger.ONE)) {
            return PyInt.of(0);
        }
        BigInteger base = x.toBig();
        BigInteger exp = y.toBig();
        if (exp.signum() < 0) {
            BigInteger b = base.mod(absMod);
            if (!b.gcd(absMod).equals(BigInteger.ONE)) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            base = b.modInverse(absMod);
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }
}
