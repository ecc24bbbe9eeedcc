package dev.interleave.vm;

import java.math.BigInteger;

/** CPython's hash algorithms for numbers, tuples and ranges, and hash() of program-defined classes. */
final class Hashing {
    private Hashing() {}

    /** 2**61 - 1: numbers hash to their value modulo this prime. */
    static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    static long intHash(PyInt i) {
        if (i.big == null) {
            return longHash(i.value);
        }
        BigInteger b = i.big;
        long x = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    static long longHash(long v) {
        long x;
        if (v >= 0) {
            x = v < MODULUS ? v : v % MODULUS;
        } else if (v > -MODULUS) {
            x = v;
        } else {
            // |v| mod M, negated (|Long.MIN_VALUE| does not fit a long)
            long a = v == Long.MIN_VALUE ? Long.remainderUnsigned(Long.MIN_VALUE, MODULUS) : (-v) % MODULUS;
            x = -a;
        }
        return x == -1 ? -2 : x;
    }

    /** _Py_HashDouble. */
    static long floatHash(Interpreter in, double v, PyObject inst) {
        if (Double.isNaN(v)) {
            return identity(in, inst);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return longHash((long) v);
        }
        // frexp
        int e;
        double m;
        if (v == 0) {
            return 0;
        }
        double a = Math.abs(v);
        int exp = Math.getExponent(a);
        if (exp == Double.MIN_EXPONENT - 1) {
            // subnormal: scale up first
            a *= 0x1p54;
            exp = Math.getExponent(a) - 54;
            m = Math.scalb(a, -(Math.getExponent(a) + 1));
        } else {
            m = Math.scalb(a, -(exp + 1));
        }
        e = exp + 1;
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** tuplehash (and slice_hash when {@code addLength} is false). */
    static long tupleHash(Interpreter in, PyObject[] items, boolean addLength) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            long lane = Ops.pyHash(in, item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        if (addLength) {
            acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        }
        return acc == -1 ? 1546275796L : acc;
    }

    /** range_hash: hash((len, start, step)) with None for what does not matter. */
    static long rangeHash(PyRange r) {
        PyInt n = r.lengthObject();
        PyObject[] t;
        if (n.signum() == 0) {
            t = new PyObject[] {PyInt.of(0), PyNone.NONE, PyNone.NONE};
        } else if (n.big == null && n.value == 1) {
            t = new PyObject[] {PyInt.of(1), r.startObject(), PyNone.NONE};
        } else {
            t = new PyObject[] {n, r.startObject(), r.stepObject()};
        }
        return tupleHash(null, t, true);
    }

    /** Python's hash(): CPython's values for int, float, bool, str, None, tuple, frozenset, range and slice. */
    static long pyHash(Interpreter in, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return o.hashCode();
        }
        if (c == PyInt.class || c == PyBool.class) {
            return intHash((PyInt) o);
        }
        if (c == PyFloat.class) {
            return floatHash(in, ((PyFloat) o).value, o);
        }
        if (c == PyTuple.class) {
            return tupleHash(in, ((PyTuple) o).items, true);
        }
        PyType type = o.type();
        if (!type.isBuiltin()) {
            return userHash(in, o, type);
        }
        if (o == PyNone.NONE) {
            return 0xFCA86420L;
        }
        if (o instanceof PySlice s) {
            return tupleHash(in, new PyObject[] {s.start, s.stop, s.step}, false);
        }
        if (!Ops.known(o)) {
            PyObject h = type.lookup("__hash__");
            if (h == PyNone.NONE) {
                throw PyErr.unhashable(o);
            }
            if (h != null && h != Builtins.OBJECT.ownGet("__hash__")) {
                return hashResult(Ops.callMethod(in, h, o));
            }
        }
        return builtinHash(in, o);
    }

    /** _Py_HashPointer of an address-like number (identity hash codes: cheap, nothing kept per object). */
    /** CPython's _Py_HashPointer of the object's (deterministic) address. */
    static long identity(Interpreter in, PyObject o) {
        return Long.rotateRight(ObjectIds.of(in, o), 4);
    }

    /**
     * hash() of an instance of a program-defined class: the nearest __hash__ on the MRO, where
     * a class that defines __eq__ without __hash__ makes its instances unhashable.
     */
    static long userHash(Interpreter in, PyObject o, PyType type) {
        for (PyType t : type.mro()) {
            PyObject h = t.ownGet("__hash__");
            if (h != null) {
                if (h == PyNone.NONE) {
                    throw PyErr.unhashable(o);
                }
                if (t.isBuiltin() || h instanceof PyBuiltinFunction) {
                    return builtinHash(in, o);
                }
                return hashResult(Ops.callMethod(in, h, o));
            }
            if (t.isBuiltin()) {
                return builtinHash(in, o);
            }
            if (t.ownGet("__eq__") != null) {
                throw PyErr.unhashable(o);
            }
        }
        return identity(in, o);
    }

    /** The hash of the builtin types (int.__hash__, str.__hash__ & co.), for any instance of them. */
    static long builtinHash(Interpreter in, PyObject o) {
        if (o instanceof PyStr s) {
            return s.hashCode();
        }
        if (o instanceof PyInt i) {
            return intHash(i);
        }
        if (o instanceof PyFloat f) {
            return floatHash(in, f.value, f);
        }
        if (o instanceof PyTuple t) {
            return tupleHash(in, t.items, true);
        }
        if (o instanceof PySet s && s.isFrozen()) {
            return s.frozenHash();
        }
        if (o instanceof PyRange r) {
            return rangeHash(r);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw PyErr.unhashable(o);
        }
        return identity(in, o);
    }

    /** What a __hash__ method returned, as CPython reduces it. */
    static long hashResult(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        long h = i.big == null ? i.value : intHash(i);
        return h == -1 ? -2 : h;
    }
}
