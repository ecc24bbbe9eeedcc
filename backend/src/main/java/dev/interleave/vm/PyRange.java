package dev.interleave.vm;

import java.math.BigInteger;

/**
 * range(start, stop, step). Bounds and length that fit a long use the long fields (the usual
 * case); otherwise the range is "big" and keeps BigIntegers, as CPython's range accepts any int.
 * The long fields {@link #start}, {@link #stop}, {@link #step} and {@link #item} are only
 * meaningful when {@link #isBig()} is false; {@link #iterator()} and {@link #reversedIterator()}
 * work for both. Immutable.
 */
public final class PyRange extends PyObject {

    public final long start;
    public final long stop;
    public final long step;
    private final long length;
    /** Non-null only for a big range: start, stop, step, length. */
    private final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        long n = smallLength(start, stop, step);
        if (n < 0) {
            BigInteger s = BigInteger.valueOf(start);
            BigInteger e = BigInteger.valueOf(stop);
            BigInteger st = BigInteger.valueOf(step);
            this.big = new BigInteger[] {s, e, st, bigLength(s, e, st)};
            this.start = 0;
            this.stop = 0;
            this.step = 1;
            this.length = 0;
        } else {
            this.big = null;
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = n;
        }
    }

    private PyRange(BigInteger s, BigInteger e, BigInteger st) {
        this.big = new BigInteger[] {s, e, st, bigLength(s, e, st)};
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
    }

    /** range(start, stop, step) for any ints. */
    public static PyRange of(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        if (start.big == null && stop.big == null && step.big == null) {
            return new PyRange(start.value, stop.value, step.value);
        }
        return new PyRange(start.toBig(), stop.toBig(), step.toBig());
    }

    @Override
    public PyType type() {
        return Builtins.RANGE;
    }

    /** The length when it fits a long, else -1. */
    private static long smallLength(long lo, long hi, long step) {
        if (step > 0 ? lo >= hi : lo <= hi) {
            return 0;
        }
        long diff = step > 0 ? hi - lo : lo - hi;
        if (step == Long.MIN_VALUE) {
            return 1 + Long.divideUnsigned(diff - 1, step);
        }
        long ustep = step > 0 ? step : -step;
        long n = Long.divideUnsigned(diff - 1, ustep) + 1;
        return n < 0 ? -1 : n;
    }

    private static BigInteger bigLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger diff = step.signum() > 0 ? hi.subtract(lo) : lo.subtract(hi);
        return diff.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    public boolean isBig() {
        return big != null;
    }

    /** The number of items: OverflowError when it does not fit (len() of a huge range). */
    public long length() {
        if (big != null) {
            if (big[3].bitLength() > 63) {
                throw PyErr.overflow("Python int too large to convert to C ssize_t");
            }
            return big[3].longValue();
        }
        return length;
    }

    public boolean isEmpty() {
        return big != null ? big[3].signum() == 0 : length == 0;
    }

    public PyInt startObject() {
        return big != null ? PyInt.of(big[0]) : PyInt.of(start);
    }

    public PyInt stopObject() {
        return big != null ? PyInt.of(big[1]) : PyInt.of(stop);
    }

    public PyInt stepObject() {
        return big != null ? PyInt.of(big[2]) : PyInt.of(step);
    }

    public PyInt lengthObject() {
        return big != null ? PyInt.of(big[3]) : PyInt.of(length);
    }

    /** The item at {@code i} (0 &lt;= i &lt; length) of a range that is not big. */
    public long item(long i) {
        return start + i * step;
    }

    /** r[i] for any int index (negative from the end), or "range object index out of range". */
    public PyInt itemAt(PyInt index) {
        if (big == null && index.big == null) {
            long i = index.value;
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(item(i));
        }
        BigInteger len = lengthObject().toBig();
        BigInteger i = index.toBig();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return PyInt.of(startObject().toBig().add(i.multiply(stepObject().toBig())));
    }

    /** True when {@code v} is one of the items (a range that is not big). */
    public boolean containsLong(long v) {
        if (big != null) {
            return containsInt(PyInt.of(v));
        }
        if (length == 0) {
            return false;
        }
        if (step > 0) {
            if (v < start || v >= stop) {
                return false;
            }
        } else if (v > start || v <= stop) {
            return false;
        }
        return Math.floorMod(v - start, step) == 0;
    }

    public boolean containsInt(PyInt v) {
        return indexOf(v) != null;
    }

    /** Index of {@code v} among the items, or null. */
    public PyInt indexOf(PyInt v) {
        if (big == null && v.big == null) {
            if (!containsLong(v.value)) {
                return null;
            }
            return PyInt.of((v.value - start) / step);
        }
        BigInteger s = startObject().toBig();
        BigInteger e = stopObject().toBig();
        BigInteger st = stepObject().toBig();
        BigInteger x = v.toBig();
        boolean inside = st.signum() > 0 ? x.compareTo(s) >= 0 && x.compareTo(e) < 0
                : x.compareTo(s) <= 0 && x.compareTo(e) > 0;
        if (!inside) {
            return null;
        }
        BigInteger[] qr = x.subtract(s).divideAndRemainder(st);
        return qr[1].signum() == 0 ? PyInt.of(qr[0]) : null;
    }

    /** Index of {@code v} among the items, or -1 (a range that is not big). */
    public long indexOf(long v) {
        PyInt i = indexOf(PyInt.of(v));
        return i == null ? -1 : i.value;
    }

    /** Equality as sequences: same length, same first item, same step when more than one item. */
    public boolean sameSequence(PyRange o) {
        if (this == o) {
            return true;
        }
        if (big == null && o.big == null) {
            if (length != o.length) {
                return false;
            }
            if (length == 0) {
                return true;
            }
            return start == o.start && (length == 1 || step == o.step);
        }
        BigInteger n = lengthObject().toBig();
        if (!n.equals(o.lengthObject().toBig())) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        if (!startObject().toBig().equals(o.startObject().toBig())) {
            return false;
        }
        return n.equals(BigInteger.ONE) || stepObject().toBig().equals(o.stepObject().toBig());
    }

    /** r[slice] as a new range. */
    public PyRange slice(Interpreter in, PySlice s) {
        if (big == null && length <= Integer.MAX_VALUE) {
            PySlice.Indices ix = s.indices(in, (int) length);
            long newStep = step * ix.step();
            long newStart = start + ix.start() * step;
            long newStop = start + (long) ix.stop() * step;
            return new PyRange(newStart, newStop, newStep);
        }
        BigInteger len = lengthObject().toBig();
        BigInteger st = s.step == PyNone.NONE ? BigInteger.ONE : Ops.indexObject(in, s.step).toBig();
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(in, s.start, len, lower, upper);
        BigInteger hi = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(in, s.stop, len, lower, upper);
        BigInteger b0 = startObject().toBig();
        BigInteger bs = stepObject().toBig();
        return new PyRange(b0.add(lo.multiply(bs)), b0.add(hi.multiply(bs)), bs.multiply(st));
    }

    private static BigInteger clamp(Interpreter in, PyObject o, BigInteger len, BigInteger lower, BigInteger upper) {
        if (!Ops.hasIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger i = Ops.indexObject(in, o).toBig();
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** iter(r). */
    public PyIter iterator() {
        if (big == null) {
            return new Iterators.RangeIter(start, step, length);
        }
        return new Iterators.BigRangeIter(big[0], big[2], big[3]);
    }

    /** reversed(r). */
    public PyIter reversedIterator() {
        if (big == null) {
            return new Iterators.RangeIter(length == 0 ? start : item(length - 1), -step, length);
        }
        BigInteger last = big[0].add(big[3].subtract(BigInteger.ONE).multiply(big[2]));
        return new Iterators.BigRangeIter(last, big[2].negate(), big[3]);
    }

    public String repr() {
        PyInt st = stepObject();
        String s = "range(" + startObject() + ", " + stopObject();
        return st.big == null && st.value == 1 ? s + ")" : s + ", " + st + ")";
    }

    @Override
    public String toString() {
        return repr();
    }
}
