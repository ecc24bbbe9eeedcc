package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.math.BigInteger;
import java.util.List;

/**
 * The integer and sequence methods of random.Random, transcribed from CPython 3.13's
 * Lib/random.py so that they consume the generator identically: randrange, randint,
 * choice, choices, shuffle and sample.
 */
final class RandomSequences {
    private RandomSequences() {}

    private static final int ADD = Operator.Bin.ADD.ordinal();

    static void install(List<PyBuiltinFunction> fns) {
        RandomModule.method(fns, "randrange", (in, a, k) -> {
            PyObject[] p = Args.parse("randrange", a, k, 1, new String[] {"start", "stop", "step"}, 1);
            return randrange(in, RandomModule.self(a), p[0], p[1] == null ? PyNone.NONE : p[1], p[2]);
        }, true);
        RandomModule.method(fns, "randint", (in, a, k) -> {
            PyObject[] p = Args.parse("randint", a, k, 1, new String[] {"a", "b"}, 2);
            PyObject stop = Arith.binary(in, ADD, p[1], PyInt.of(1));
            return randrange(in, RandomModule.self(a), p[0], stop, null);
        }, true);
        RandomModule.method(fns, "choice", (in, a, k) -> {
            RandomModule.State s = RandomModule.self(a);
            PyObject seq = ClinicArgs.one("choice", a, k, 1);
            int n = Ops.len(in, seq);
            if (n == 0) {
                throw PyErr.indexError("Cannot choose from an empty sequence");
            }
            return item(in, seq, s.mt.randbelow(PyInt.of(n)).value);
        }, true);
        RandomModule.method(fns, "shuffle", (in, a, k) -> {
            RandomModule.State s = RandomModule.self(a);
            PyObject x = ClinicArgs.one("shuffle", a, k, 1);
            int n = Ops.len(in, x);
            for (int i = n - 1; i >= 1; i--) {
                int j = (int) s.mt.randbelow(PyInt.of(i + 1)).value;
                if (x instanceof PyList l && l.size() == n) {
                    PyObject t = l.get(i);
                    l.set(i, l.get(j));
                    l.set(j, t);
                } else {
                    PyObject xi = Ops.getItem(in, x, PyInt.of(i));
                    PyObject xj = Ops.getItem(in, x, PyInt.of(j));
                    Ops.setItem(in, x, PyInt.of(i), xj);
                    Ops.setItem(in, x, PyInt.of(j), xi);
                }
            }
            return PyNone.NONE;
        }, true);
        RandomModule.method(fns, "sample", RandomSequences::sample, true);
        RandomModule.method(fns, "choices", RandomSequences::choices, true);
    }

    private static PyObject item(Interpreter in, PyObject seq, long i) {
        if (seq instanceof PyList l) {
            return l.get((int) i);
        }
        if (seq instanceof PyTuple t) {
            return t.get((int) i);
        }
        return Ops.getItem(in, seq, PyInt.of(i));
    }

    /** Random.randrange; step null means "not given" (randint passes none). */
    static PyObject randrange(Interpreter in, RandomModule.State s, PyObject start, PyObject stop, PyObject step) {
        BigInteger istart = ClinicArgs.indexObject(in, start).toBig();
        if (stop == PyNone.NONE) {
            if (step != null) {
                throw PyErr.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return s.mt.randbelow(PyInt.of(istart));
            }
            throw PyErr.valueError("empty range for randrange()");
        }
        BigInteger istop = ClinicArgs.indexObject(in, stop).toBig();
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : ClinicArgs.indexObject(in, step).toBig();
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(istart.add(s.mt.randbelow(PyInt.of(width)).toBig()));
            }
            throw PyErr.valueError("empty range in randrange(" + Ops.str(in, start) + ", " + Ops.str(in, stop) + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw PyErr.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PyErr.valueError("empty range in randrange(" + Ops.str(in, start) + ", " + Ops.str(in, stop) + ", "
                    + Ops.str(in, step) + ")");
        }
        return PyInt.of(istart.add(istep.multiply(s.mt.randbelow(PyInt.of(n)).toBig())));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o.type() == Builtins.RANGE;
    }

    private static PyObject sample(Interpreter in, PyObject[] a, String[] k) {
        RandomModule.State s = RandomModule.self(a);
        PyObject[] p = Args.parse("sample", a, k, 1, new String[] {"population", "k", "counts"}, 2);
        PyObject population = p[0];
        if (!isSequence(population)) {
            throw PyErr.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = Ops.len(in, population);
        if (p[2] != null && p[2] != PyNone.NONE) {
            return sampleCounts(in, s, population, n, p[1], p[2]);
        }
        long kk = ClinicArgs.ssize(in, p[1]);
        if (kk < 0 || kk > n) {
            throw PyErr.valueError("Sample larger than population or is negative");
        }
        int count = (int) kk;
        PyObject[] result = new PyObject[count];
        long setsize = 21;
        if (count > 5) {
            double lg = Math.log(count * 3.0) / Math.log(4.0);
            setsize += (long) Math.pow(4, Math.ceil(lg));
        }
        if (n <= setsize) {
            PyObject[] pool = population instanceof PyList l ? l.toArray()
                    : population instanceof PyTuple t ? t.items.clone() : Ops.toArray(in, population);
            for (int i = 0; i < count; i++) {
                int j = (int) s.mt.randbelow(PyInt.of(n - i)).value;
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < count; i++) {
                long j = s.mt.randbelow(PyInt.of(n)).value;
                while (selected.contains(j)) {
                    j = s.mt.randbelow(PyInt.of(n)).value;
                }
                selected.add(j);
                result[i] = item(in, population, j);
            }
        }
        return new PyList(result, count);
    }

    private static PyObject sampleCounts(Interpreter in, RandomModule.State s, PyObject population, int n,
                                         PyObject k, PyObject counts) {
        PyObject[] cum = accumulate(in, counts);
        if (cum.length != n) {
            throw PyErr.valueError("The number of counts does not match the population");
        }
        PyObject total = cum[cum.length - 1];
        if (!(total instanceof PyInt ti)) {
            throw PyErr.typeError("Counts must be integers");
        }
        if (ti.signum() <= 0) {
            throw PyErr.valueError("Total of counts must be greater than zero");
        }
        PyObject[] cumCounts = java.util.Arrays.copyOf(cum, cum.length - 1);
        PyObject range = in.call(Builtins.RANGE, total);
        PyList selections = (PyList) sample(in, new PyObject[] {s, range, k}, null);
        PyList out = new PyList(selections.size());
        for (int i = 0; i < selections.size(); i++) {
            int idx = bisectRight(in, cumCounts, selections.get(i), 0, cumCounts.length);
            out.append(item(in, population, idx));
        }
        return out;
    }

    private static PyObject[] accumulate(Interpreter in, PyObject iterable) {
        PyObject[] items = Ops.toArray(in, iterable);
        for (int i = 1; i < items.length; i++) {
            items[i] = Arith.binary(in, ADD, items[i - 1], items[i]);
        }
        return items;
    }

    private static int bisectRight(Interpreter in, PyObject[] a, PyObject x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Compare.lt(in, x, a[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject choices(Interpreter in, PyObject[] a, String[] k) {
        RandomModule.State s = RandomModule.self(a);
        int npos = a.length - 1 - ClinicArgs.kwCount(k);
        if (npos > 2) {
            throw PyErr.typeError("Random.choices() takes from 2 to 3 positional arguments but " + (npos + 1)
                    + " were given");
        }
        PyObject[] p = Args.parse("choices", a, k, 1, new String[] {"population", "weights", "cum_weights", "k"}, 1);
        PyObject population = p[0];
        PyObject weights = p[1] == null ? PyNone.NONE : p[1];
        PyObject cumWeights = p[2] == null ? PyNone.NONE : p[2];
        long kk = p[3] == null ? 1 : ClinicArgs.ssize(in, p[3]);
        int n = Ops.len(in, population);
        PyList out = new PyList((int) Math.max(0, Math.min(kk, 1 << 16)));
        PyObject[] cum;
        if (cumWeights == PyNone.NONE) {
            if (weights == PyNone.NONE) {
                double fn = n;
                for (long i = 0; i < kk; i++) {
                    out.append(item(in, population, (long) Math.floor(s.mt.random() * fn)));
                }
                return out;
            }
            try {
                cum = accumulate(in, weights);
            } catch (PyException e) {
                if (e.exc.isInstance(Builtins.TYPE_ERROR) && weights instanceof PyInt) {
                    throw PyErr.typeError("The number of choices must be a keyword argument: k="
                            + Ops.repr(in, weights));
                }
                throw e;
            }
        } else {
            if (weights != PyNone.NONE) {
                throw PyErr.typeError("Cannot specify both weights and cumulative weights");
            }
            cum = Ops.toArray(in, cumWeights);
        }
        if (cum.length != n) {
            throw PyErr.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw PyErr.indexError("list index out of range");
        }
        double total = ClinicArgs.real(in, Arith.binary(in, ADD, cum[n - 1], new PyFloat(0.0)));
        if (total <= 0.0) {
            throw PyErr.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PyErr.valueError("Total of weights must be finite");
        }
        int hi = n - 1;
        for (long i = 0; i < kk; i++) {
            PyFloat x = new PyFloat(s.mt.random() * total);
            out.append(item(in, population, bisectRight(in, cum, x, 0, hi)));
        }
        return out;
    }
}
