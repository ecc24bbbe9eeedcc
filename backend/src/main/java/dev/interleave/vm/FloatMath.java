package dev.interleave.vm;

/** float arithmetic with CPython's results and messages (floor division, modulo, power). */
final class FloatMath {
    private FloatMath() {}

    static PyObject div(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivision("float division by zero");
        }
        return new PyFloat(a / b);
    }

    static PyObject floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivision("float floor division by zero");
        }
        return new PyFloat(floorDivValue(a, b));
    }

    static PyObject mod(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivision("float modulo by zero");
        }
        return new PyFloat(modValue(a, b));
    }

    static PyTuple divmod(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivision("float divmod()");
        }
        return PyTuple.of(new PyFloat(floorDivValue(a, b)), new PyFloat(modValue(a, b)));
    }

    static double modValue(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** _float_div_mod's quotient. */
    static double floorDivValue(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) % 2.0 == 1.0;
    }

    /** float_pow. */
    static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return new PyFloat(1.0);
            }
            if ((iw > 0.0) == (a > 1.0)) {
                return new PyFloat(Math.abs(iw));
            }
            return new PyFloat(0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return new PyFloat(odd ? iv : Math.abs(iv));
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw PyErr.valueError("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw new PyException(new PyBaseException(Builtins.OVERFLOW_ERROR,
                    PyTuple.of(PyInt.of(34), PyStr.of("Numerical result out of range"))));
        }
        return new PyFloat(negate ? -r : r);
    }

    /** float(int) for mixed arithmetic: "int too large to convert to float". */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return ((PyInt) o).toDouble();
    }
}
