package dev.interleave.vm;

/**
 * The iterators of the builtin containers. Each has CPython's type name (list_iterator,
 * dict_keyiterator, ...), a subtype of the shared "iterator" type with __iter__ and __next__.
 */
public final class Iterators {
    private Iterators() {}

    /** The iterator types, created on first use and never changed afterwards. */
    static final class Types {
        static final PyType LIST = make("list_iterator");
        static final PyType LIST_REVERSE = make("list_reverseiterator");
        static final PyType TUPLE = make("tuple_iterator");
        static final PyType STR_ASCII = make("str_ascii_iterator");
        static final PyType STR = make("str_iterator");
        static final PyType DICT_KEYS = make("dict_keyiterator");
        static final PyType DICT_VALUES = make("dict_valueiterator");
        static final PyType DICT_ITEMS = make("dict_itemiterator");
        static final PyType SET = make("set_iterator");
        static final PyType RANGE = make("range_iterator");
        static final PyType LONGRANGE = make("longrange_iterator");

        private static PyType make(String name) {
            PyType t = new PyType(name, Builtins.ITERATOR, true).finalType();
            Methods.def(t, "__iter__", (in, args, kw) -> args[0]);
            Methods.def(t, "__next__", (in, args, kw) -> {
                PyObject v = ((PyIter) args[0]).next(in);
                if (v == null) {
                    throw PyErr.ofNoArgs(Builtins.STOP_ITERATION);
                }
                return v;
            });
            return t;
        }
    }

    /** Iterator over a list; sees the list grow or shrink while it runs, as CPython's does. */
    public static final class ListIter extends PyIter {
        private PyList list;
        private int index;

        public ListIter(PyList list) {
            this.list = list;
        }

        @Override
        public PyObject next(Interpreter in) {
            PyList l = list;
            if (l == null) {
                return null;
            }
            if (index < l.size) {
                return l.items[index++];
            }
            list = null;
            return null;
        }

        @Override
        public PyType type() {
            return Types.LIST;
        }
    }

    /** reversed(list). */
    public static final class ListReverseIter extends PyIter {
        private PyList list;
        private int index;

        public ListReverseIter(PyList list) {
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public PyObject next(Interpreter in) {
            PyList l = list;
            if (l == null) {
                return null;
            }
            if (index >= 0 && index < l.size) {
                return l.items[index--];
            }
            list = null;
            return null;
        }

        @Override
        public PyType type() {
            return Types.LIST_REVERSE;
        }
    }

    /** Iterator over a fixed array: a tuple's items. */
    public static final class TupleIter extends PyIter {
        private final PyObject[] items;
        private int index;

        public TupleIter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyObject next(Interpreter in) {
            return index < items.length ? items[index++] : null;
        }

        @Override
        public PyType type() {
            return Types.TUPLE;
        }
    }

    /** Iterator over a str's code points. */
    public static final class StrIter extends PyIter {
        private final String s;
        private final boolean ascii;
        private int pos;

        public StrIter(PyStr str) {
            this.s = str.value;
            boolean a = true;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    a = false;
                    break;
                }
            }
            this.ascii = a;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (pos >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            return PyStr.ofCodePoint(cp);
        }

        @Override
        public PyType type() {
            return ascii ? Types.STR_ASCII : Types.STR;
        }
    }

    /** Iterator over a dict's keys, values or (key, value) items, with CPython's mutation checks. */
    public static final class DictIter extends PyIter {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;

        private final PyDict dict;
        private final int mode;
        private int used;
        private int pos;
        private int remaining;
        private boolean done;

        public DictIter(PyDict dict, int mode) {
            this.dict = dict;
            this.mode = mode;
            this.used = dict.size();
            this.remaining = used;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (done) {
                return null;
            }
            if (used != dict.size()) {
                used = -1;
                throw PyErr.runtimeError("dictionary changed size during iteration");
            }
            int e = dict.nextEntry(pos);
            if (e < 0) {
                done = true;
                return null;
            }
            if (remaining == 0) {
                done = true;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = e + 1;
            return switch (mode) {
                case KEYS -> dict.keyAt(e);
                case VALUES -> dict.valueAt(e);
                default -> PyTuple.of(dict.keyAt(e), dict.valueAt(e));
            };
        }

        @Override
        public PyType type() {
            return mode == KEYS ? Types.DICT_KEYS : mode == VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
        }
    }

    /** Iterator over a set's table: "Set changed size during iteration". */
    public static final class SetIter extends PyIter {
        private PySet set;
        private int used;
        private int pos;

        public SetIter(PySet set) {
            this.set = set;
            this.used = set.size();
        }

        @Override
        public PyObject next(Interpreter in) {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (used != s.size()) {
                used = -1;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            int e = s.nextEntry(pos);
            if (e < 0) {
                set = null;
                return null;
            }
            pos = e + 1;
            return s.keyAt(e);
        }

        @Override
        public PyType type() {
            return Types.SET;
        }
    }

    /** Iterator over a range (or reversed(range): start at the last item with a negated step). */
    public static final class RangeIter extends PyIter {
        private long next;
        private final long step;
        private long remaining;

        public RangeIter(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public PyType type() {
            return Types.RANGE;
        }
    }

    /** Iterator over a range whose items or length do not fit a long. */
    public static final class BigRangeIter extends PyIter {
        private java.math.BigInteger next;
        private final java.math.BigInteger step;
        private java.math.BigInteger remaining;

        public BigRangeIter(java.math.BigInteger start, java.math.BigInteger step, java.math.BigInteger count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(java.math.BigInteger.ONE);
            java.math.BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @Override
        public PyType type() {
            return Types.LONGRANGE;
        }
    }

    /** The iterator of an object with __getitem__ only: items 0, 1, ... until IndexError or StopIteration. */
    public static final class SeqIter extends PyIter {
        private PyObject seq;
        private long index;

        public SeqIter(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (seq == null) {
                return null;
            }
            try {
                return Ops.getItem(in, seq, PyInt.of(index++));
            } catch (PyException e) {
                if (e.exc.isInstance(Builtins.INDEX_ERROR) || e.exc.isInstance(Builtins.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }
}
