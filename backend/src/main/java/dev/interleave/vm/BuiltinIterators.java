package dev.interleave.vm;

import java.math.BigInteger;

/**
 * The iterator objects of the builtin functions: enumerate, zip, map, filter, reversed
 * (sequences and lists), and iter(callable, sentinel). Each is a {@link PyIter} whose type
 * prints as CPython's does.
 */
final class BuiltinIterators {
    private BuiltinIterators() {}

    static final class Enumerate extends PyIter {
        private final PyObject it;
        private long count;
        private BigInteger bigCount;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            if (start.isBig()) {
                bigCount = start.big;
            } else {
                count = start.value;
            }
        }

        @Override
        public PyType type() {
            return IterTypes.ENUMERATE;
        }

        @Override
        public PyObject next(Interpreter in) {
            PyObject x = Ops.next(in, it);
            if (x == null) {
                return null;
            }
            PyInt index;
            if (bigCount == null) {
                index = PyInt.of(count);
                if (count == Long.MAX_VALUE) {
                    bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
                } else {
                    count++;
                }
            } else {
                index = PyInt.of(bigCount);
                bigCount = bigCount.add(BigInteger.ONE);
            }
            return PyTuple.of(index, x);
        }
    }

    static final class Zip extends PyIter {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return IterTypes.ZIP;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Ops.next(in, its[i]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        checkStrict(in, i);
                    }
                    return null;
                }
                items[i] = x;
            }
            return new PyTuple(items);
        }

        private void checkStrict(Interpreter in, int i) {
            if (i > 0) {
                String plural = i == 1 ? " " : "s 1-";
                throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
            }
            for (i = 1; i < its.length; i++) {
                if (Ops.next(in, its[i]) != null) {
                    String plural = i == 1 ? " " : "s 1-";
                    throw PyErr.valueError("zip() argument " + (i + 1) + " is longer than argument" + plural + i);
                }
            }
        }
    }

    static final class MapIter extends PyIter {
        private final PyObject func;
        private final PyObject[] its;

        MapIter(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType type() {
            return IterTypes.MAP;
        }

        @Override
        public PyObject next(Interpreter in) {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Ops.next(in, its[i]);
                if (x == null) {
                    return null;
                }
                args[i] = x;
            }
            return in.call(func, args, null);
        }
    }

    static final class Filter extends PyIter {
        private final PyObject func;
        private final PyObject it;

        Filter(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() {
            return IterTypes.FILTER;
        }

        @Override
        public PyObject next(Interpreter in) {
            boolean plain = func == PyNone.NONE || func == Builtins.BOOL;
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                if (Ops.truthy(in, plain ? x : in.call(func, x))) {
                    return x;
                }
            }
            return null;
        }
    }

    /** reversed(sequence): __len__ once, then __getitem__ from the end. */
    static final class SeqReverse extends PyIter {
        private final PyObject seq;
        private long index;

        SeqReverse(PyObject seq, long len) {
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        public PyType type() {
            return IterTypes.REVERSED;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (index < 0) {
                return null;
            }
            if (seq instanceof PyTuple t) {
                return t.get((int) index--);
            }
            if (seq instanceof PyStr s) {
                return PyStr.ofCodePoint(s.codePointAt((int) index--));
            }
            try {
                return Ops.getItem(in, seq, PyInt.of(index--));
            } catch (PyException e) {
                if (e.exc.isInstance(Builtins.INDEX_ERROR) || e.exc.isInstance(Builtins.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    static final class CallableIter extends PyIter {
        private PyObject func;
        private final PyObject sentinel;

        CallableIter(PyObject func, PyObject sentinel) {
            this.func = func;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return IterTypes.CALLABLE_ITERATOR;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (func == null) {
                return null;
            }
            PyObject r;
            try {
                r = in.call(func);
            } catch (PyException e) {
                if (e.exc.isInstance(Builtins.STOP_ITERATION)) {
                    func = null;
                    return null;
                }
                throw e;
            }
            if (r == sentinel || Compare.eq(in, r, sentinel)) {
                func = null;
                return null;
            }
            return r;
        }
    }
}
