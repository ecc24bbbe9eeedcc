package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.math.BigInteger;

/** The numeric builtin functions: abs, divmod, pow, round, sum, min, max, bin, oct, hex, chr, ord. */
final class NumericBuiltins {
    private NumericBuiltins() {}

    private static final int ADD = Operator.Bin.ADD.ordinal();

    static PyObject abs(Interpreter in, PyObject[] a, String[] k) {
        return Arith.abs(in, ClinicArgs.one("abs", a, k, 0));
    }

    // ---- divmod and pow (the operator semantics live in Arith) ----

    static PyObject divmod(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("divmod", a, k, 0, 2, 2);
        return Arith.divmod(in, a[0], a[1]);
    }

    static PyObject pow(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("pow", a, k, 0, new String[] {"base", "exp", "mod"}, 2);
        return Arith.pow(in, p[0], p[1], p[2]);
    }

    // ---- round ----

    static PyObject round(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("round", a, k, 0, new String[] {"number", "ndigits"}, 1);
        return NumberMethods.round(in, p[0], p[1]);
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
