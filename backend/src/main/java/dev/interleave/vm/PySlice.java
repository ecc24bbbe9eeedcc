package dev.interleave.vm;

/** slice(start, stop, step): any objects; {@link #indices} resolves them against a length. */
public final class PySlice extends PyObject {

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return Builtins.SLICE;
    }

    /** start, stop, step and the number of items selected in a sequence of {@code length} items. */
    public record Indices(int start, int stop, int step, int length) {}

    /** CPython's PySlice_Unpack + PySlice_AdjustIndices. */
    public Indices indices(Interpreter in, int length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(in, step);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = sliceIndex(in, start);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = sliceIndex(in, stop);
        }
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        int istep = st > Integer.MAX_VALUE ? Integer.MAX_VALUE : st < -Integer.MAX_VALUE ? -Integer.MAX_VALUE : (int) st;
        return new Indices((int) lo, (int) hi, istep, (int) n);
    }

    private static long adjust(long i, int length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** A slice bound: an int (clamped to the long range, as CPython clamps to ssize_t) or __index__. */
    static long sliceIndex(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) {
                return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return i.value;
        }
        if (Ops.hasIndex(o)) {
            PyInt i = Ops.indexObject(in, o);
            if (i.big != null) {
                return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return i.value;
        }
        throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** slice.indices(length) as Python returns it: a tuple of three ints. */
    public PyTuple indicesTuple(Interpreter in, PyObject lengthObj) {
        PyInt len = Ops.indexObject(in, lengthObj);
        if (len.signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        long length = len.big != null ? Long.MAX_VALUE : len.value;
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(in, step);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = clampBound(sliceIndex(in, start), length, st);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = clampBound(sliceIndex(in, stop), length, st);
        }
        return PyTuple.of(PyInt.of(lo), PyInt.of(hi), PyInt.of(st));
    }

    private static long clampBound(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }
}
