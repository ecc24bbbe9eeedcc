package dev.interleave.vm;

import static dev.interleave.vm.Arith.ADD;
import static dev.interleave.vm.Arith.BITAND;
import static dev.interleave.vm.Arith.BITOR;
import static dev.interleave.vm.Arith.BITXOR;
import static dev.interleave.vm.Arith.DIV;
import static dev.interleave.vm.Arith.FLOORDIV;
import static dev.interleave.vm.Arith.LSHIFT;
import static dev.interleave.vm.Arith.MOD;
import static dev.interleave.vm.Arith.MULT;
import static dev.interleave.vm.Arith.POW;
import static dev.interleave.vm.Arith.RSHIFT;
import static dev.interleave.vm.Arith.SUB;

/**
 * The number methods of the builtin types (CPython's nb_* slots of int, float, set, dict and
 * type): each takes both operands and returns null for NotImplemented.
 */
final class NativeOps {
    private NativeOps() {}

    /** int OP int (bool OP bool for &, |, ^). */
    static PyObject ints(int o, PyInt x, PyInt y) {
        if (o == ADD) {
            return IntMath.add(x, y);
        }
        if (o == SUB) {
            return IntMath.sub(x, y);
        }
        if (o == MULT) {
            return IntMath.mul(x, y);
        }
        if (o == FLOORDIV) {
            return IntMath.floorDiv(x, y);
        }
        if (o == MOD) {
            return IntMath.mod(x, y);
        }
        if (o == DIV) {
            return IntMath.trueDiv(x, y);
        }
        if (o == POW) {
            return IntMath.pow(x, y);
        }
        if (o == LSHIFT) {
            return IntMath.lshift(x, y);
        }
        if (o == RSHIFT) {
            return IntMath.rshift(x, y);
        }
        if (o == BITAND) {
            if (x instanceof PyBool && y instanceof PyBool) {
                return PyBool.of((x.value & y.value) != 0);
            }
            return IntMath.and(x, y);
        }
        if (o == BITOR) {
            if (x instanceof PyBool && y instanceof PyBool) {
                return PyBool.of((x.value | y.value) != 0);
            }
            return IntMath.or(x, y);
        }
        if (o == BITXOR) {
            if (x instanceof PyBool && y instanceof PyBool) {
                return PyBool.of((x.value ^ y.value) != 0);
            }
            return IntMath.xor(x, y);
        }
        return null;
    }

    /** float OP float, after converting ints. */
    static PyObject floats(int o, double a, double b) {
        if (o == ADD) {
            return new PyFloat(a + b);
        }
        if (o == SUB) {
            return new PyFloat(a - b);
        }
        if (o == MULT) {
            return new PyFloat(a * b);
        }
        if (o == DIV) {
            return FloatMath.div(a, b);
        }
        if (o == FLOORDIV) {
            return FloatMath.floorDiv(a, b);
        }
        if (o == MOD) {
            return FloatMath.mod(a, b);
        }
        if (o == POW) {
            return FloatMath.pow(a, b);
        }
        return null;
    }

    /** The binary number methods of the builtin types, for any two operands. */
    static PyObject binary(Interpreter in, int o, PyObject a, PyObject b) {
        if (a instanceof PyInt x) {
            if (b instanceof PyInt y) {
                return ints(o, x, y);
            }
            if (b instanceof PyFloat f) {
                return floats(o, x.toDouble(), f.value);
            }
            return null;
        }
        if (a instanceof PyFloat f) {
            if (b instanceof PyFloat g) {
                return floats(o, f.value, g.value);
            }
            if (b instanceof PyInt y) {
                return floats(o, f.value, y.toDouble());
            }
            return null;
        }
        if (a instanceof PyStr s) {
            return o == MOD ? PyStr.of(Formatter.percent(in, s.value, b)) : null;
        }
        if (a instanceof PySet s) {
            if (!(b instanceof PySet t)) {
                return null;
            }
            if (o == BITOR) {
                return s.union(in, t);
            }
            if (o == BITAND) {
                return s.intersection(in, t);
            }
            if (o == SUB) {
                return s.difference(in, t);
            }
            if (o == BITXOR) {
                return s.symmetricDifference(in, t);
            }
            return null;
        }
        if (a instanceof PyDict d) {
            if (o == BITOR && b instanceof PyDict e) {
                PyDict r = d.copy();
                r.update(in, e);
                return r;
            }
            return null;
        }
        if (o == BITOR) {
            return GenericAlias.union(a, b);
        }
        return null;
    }

    /**
     * The in-place methods of set and dict, and list.__iadd__/__imul__ for a subclass of list
     * (its inherited __iadd__ comes before __add__; a plain list tries both operands' + first);
     * null when there is none for these operands.
     */
    static PyObject inplace(Interpreter in, int o, PyObject a, PyObject b) {
        if (a instanceof PyList l && l.subtype != null) {
            if (o == ADD) {
                SeqOps.extend(in, l, b);
                return l;
            }
            return o == MULT ? SeqOps.repeat(in, l, b, true) : null;
        }
        if (a instanceof PySet s && !s.isFrozen()) {
            if (!(b instanceof PySet)) {
                return null;
            }
            if (o == BITOR) {
                if (b != s) {
                    s.update(in, b);
                }
                return s;
            }
            if (o == BITAND) {
                s.intersectionUpdate(in, b);
                return s;
            }
            if (o == SUB) {
                s.differenceUpdate(in, b);
                return s;
            }
            if (o == BITXOR) {
                s.symmetricDifferenceUpdate(in, b);
                return s;
            }
            return null;
        }
        if (a instanceof PyDict d && o == BITOR) {
            SeqOps.dictMerge(in, d, b);
            return d;
        }
        return null;
    }
}
