package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.math.BigInteger;

/** The numeric builtin functions: abs, divmod, pow, round, sum, min, max, bin, oct, hex, chr, ord. */
final class NumericBuiltins {
    private NumericBuiltins() {}

    private static final int ADD = Operator.Bin.ADD.ordinal();
    private static final int POW = Operator.Bin.POW.ordinal();

    static PyObject abs(Interpreter in, PyObject[] a, String[] k) {
        PyObject x = ClinicArgs.one("abs", a, k, 0);
        if (x instanceof PyInt i) {
            if (i.isBig()) {
                return PyInt.of(i.big.abs());
            }
            if (i.value == Long.MIN_VALUE) {
                return PyInt.of(BigInteger.valueOf(i.value).negate());
            }
            return i.value < 0 || i instanceof PyBool ? PyInt.of(Math.abs(i.value)) : i;
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value));
        }
        PyObject r = Attr.callSpecial(in, x, "__abs__");
        if (r == null) {
            throw PyErr.typeError("bad operand type for abs(): '" + x.type().name() + "'");
        }
        return r;
    }

    // ---- divmod ----

    static PyObject divmod(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("divmod", a, k, 0, 2, 2);
        PyObject x = a[0];
        PyObject y = a[1];
        if (x instanceof PyInt xi && y instanceof PyInt yi) {
            return intDivmod(xi, yi);
        }
        if ((x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)) {
            return floatDivmod(toDouble(x), toDouble(y));
        }
        PyObject r = Attr.callSpecial(in, x, "__divmod__", y);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        r = Attr.callSpecial(in, y, "__rdivmod__", x);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
            return r;
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + x.type().name() + "' and '"
                + y.type().name() + "'");
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    static PyTuple intDivmod(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("integer division or modulo by zero");
        }
        if (!x.isBig() && !y.isBig() && !(x.value == Long.MIN_VALUE && y.value == -1)) {
            return PyTuple.of(PyInt.of(Math.floorDiv(x.value, y.value)), PyInt.of(Math.floorMod(x.value, y.value)));
        }
        BigInteger b = y.toBig();
        BigInteger[] qr = x.toBig().divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** float_divmod, step by step. */
    static PyTuple floatDivmod(double vx, double wx) {
        if (wx == 0.0) {
            throw PyErr.zeroDivision("float divmod()");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return PyTuple.of(new PyFloat(floordiv), new PyFloat(mod));
    }

    // ---- pow ----

    static PyObject pow(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("pow", a, k, 0, new String[] {"base", "exp", "mod"}, 2);
        PyObject base = p[0];
        PyObject exp = p[1];
        PyObject mod = p[2];
        if (mod == null || mod == PyNone.NONE) {
            return Arith.binary(in, POW, base, exp);
        }
        if (base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m) {
            return modPow(b, e, m);
        }
        boolean numeric = isIntOrFloat(base) && isIntOrFloat(exp) && isIntOrFloat(mod);
        if (numeric) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!base.type().isBuiltin()) {
            PyObject r = Attr.callSpecial(in, base, "__pow__", exp, mod);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name() + "', '"
                + exp.type().name() + "', '" + mod.type().name() + "'");
    }

    private static boolean isIntOrFloat(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    static PyInt modPow(PyInt base, PyInt exp, PyInt mod) {
        if (mod.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.toBig();
        BigInteger am = m.abs();
        BigInteger b = base.toBig();
        BigInteger e = exp.toBig();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                b = b.modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        r = b.modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    // ---- round ----

    static PyObject round(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("round", a, k, 0, new String[] {"number", "ndigits"}, 1);
        PyObject number = p[0];
        PyObject nd = p[1] == null ? PyNone.NONE : p[1];
        if (number instanceof PyInt || number instanceof PyFloat) {
            return NumberMethods.round(in, number, nd);
        }
        PyObject r = nd == PyNone.NONE ? Attr.callSpecial(in, number, "__round__")
                : Attr.callSpecial(in, number, "__round__", nd);
        if (r == null) {
            throw PyErr.typeError("type " + number.type().name() + " doesn't define __round__ method");
        }
        return r;
    }

    // ---- sum ----

    static PyObject sum(Interpreter in, PyObject[] a, String[] k) {
        int nkw = ClinicArgs.kwCount(k);
        int npos = a.length - nkw;
        if (npos < 1) {
            throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (a.length > 2) {
            throw PyErr.typeError("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        ClinicArgs.onlyKeywords("sum", k, "start");
        PyObject result = a.length > 1 ? a[1] : PyInt.of(0);
        if (result instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = Ops.iter(in, a[0]);
        PyObject pending = null;
        if (result.getClass() == PyInt.class && !((PyInt) result).isBig()) {
            long acc = ((PyInt) result).value;
            while (true) {
                PyObject item = Ops.next(in, it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if (item instanceof PyInt ii && !ii.isBig()) {
                    long b = ii.value;
                    if (acc >= 0 ? b <= Long.MAX_VALUE - acc : b >= Long.MIN_VALUE - acc) {
                        acc += b;
                        continue;
                    }
                }
                result = Arith.binary(in, ADD, PyInt.of(acc), item);
                break;
            }
        }
        if (result instanceof PyFloat rf) {
            double f = rf.value;
            double c = 0.0;
            while (true) {
                PyObject item = Ops.next(in, it);
                if (item == null) {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    return new PyFloat(f);
                }
                if (item instanceof PyFloat xf) {
                    double x = xf.value;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                if (item instanceof PyInt ii && !ii.isBig()) {
                    f += (double) ii.value;
                    continue;
                }
                if (c != 0.0 && Double.isFinite(c)) {
                    f += c;
                }
                pending = item;
                result = new PyFloat(f);
                break;
            }
        }
        if (pending != null) {
            result = Arith.binary(in, ADD, result, pending);
        }
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it)) {
            result = Arith.binary(in, ADD, result, item);
        }
        return result;
    }

    // ---- min / max ----

    static PyObject minmax(Interpreter in, PyObject[] a, String[] k, boolean isMax) {
        String name = isMax ? "max" : "min";
        int nkw = ClinicArgs.kwCount(k);
        int npos = a.length - nkw;
        if (npos == 0) {
            throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (k[i]) {
                case "key" -> key = a[npos + i];
                case "default" -> dflt = a[npos + i];
                default -> throw PyErr.typeError(name + "() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        if (npos > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        int op = isMax ? Compare.GT : Compare.LT;
        PyObject best = null;
        PyObject bestKey = null;
        if (npos > 1) {
            for (int i = 0; i < npos; i++) {
                PyObject item = a[i];
                PyObject kv = key != null ? in.call(key, item) : item;
                if (best == null || better(in, kv, bestKey, op)) {
                    best = item;
                    bestKey = kv;
                }
            }
            return best;
        }
        PyObject it = Ops.iter(in, a[0]);
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it)) {
            PyObject kv = key != null ? in.call(key, item) : item;
            if (best == null || better(in, kv, bestKey, op)) {
                best = item;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    private static boolean better(Interpreter in, PyObject x, PyObject best, int op) {
        if (x instanceof PyInt xi && best instanceof PyInt bi && !xi.isBig() && !bi.isBig()) {
            return op == Compare.GT ? xi.value > bi.value : xi.value < bi.value;
        }
        if (x instanceof PyFloat xf && best instanceof PyFloat bf) {
            return op == Compare.GT ? xf.value > bf.value : xf.value < bf.value;
        }
        return Ops.truthy(in, Compare.rich(in, x, best, op));
    }

    // ---- bin, oct, hex, chr, ord ----

    static PyObject toBase(Interpreter in, PyObject[] a, String[] k, String name, int radix, String prefix) {
        PyInt i = ClinicArgs.indexObject(in, ClinicArgs.one(name, a, k, 0));
        String digits = i.isBig() ? i.big.abs().toString(radix)
                : i.value == Long.MIN_VALUE ? BigInteger.valueOf(i.value).negate().toString(radix)
                : Long.toString(Math.abs(i.value), radix);
        return PyStr.of((i.signum() < 0 ? "-" : "") + prefix + digits);
    }

    static PyObject chr(Interpreter in, PyObject[] a, String[] k) {
        PyInt i = ClinicArgs.indexObject(in, ClinicArgs.one("chr", a, k, 0));
        if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.value);
    }

    static PyObject ord(Interpreter in, PyObject[] a, String[] k) {
        PyObject x = ClinicArgs.one("ord", a, k, 0);
        if (!(x instanceof PyStr s)) {
            throw PyErr.typeError("ord() expected string of length 1, but " + x.type().name() + " found");
        }
        if (s.length() != 1) {
            throw PyErr.typeError("ord() expected a character, but string of length " + s.length() + " found");
        }
        return PyInt.of(s.codePointAt(0));
    }
}
