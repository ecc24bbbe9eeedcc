package dev.interleave.vm;

import java.util.Arrays;

/** Concatenation and repetition of str, list and tuple (CPython's sq_concat / sq_repeat), with a memory guard. */
final class SeqOps {
    private SeqOps() {}

    private static PyException memoryError() {
        return PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
    }

    static PyStr concatStr(PyStr a, PyStr b) {
        if (a.value.isEmpty()) {
            return b.exact();
        }
        if (b.value.isEmpty()) {
            return a.exact();
        }
        if ((long) a.value.length() + b.value.length() > Arith.MAX_ITEMS) {
            throw memoryError();
        }
        return new PyStr(a.value.concat(b.value));
    }

    /** list.extend(iterable), the in-place concatenation of +=. */
    static void extend(Interpreter in, PyList l, PyObject it) {
        PyObject[] add = it instanceof PyTuple t ? t.items : Ops.toArray(in, it);
        int n = add.length;
        if (n == 0) {
            return;
        }
        long newSize = (long) l.size + n;
        if (newSize > Arith.MAX_ITEMS) {
            throw memoryError();
        }
        PyObject[] items = l.items;
        if (newSize > items.length) {
            items = Arrays.copyOf(items, (int) Math.max(newSize, Math.min(Arith.MAX_ITEMS, items.length * 2L)));
        }
        System.arraycopy(add, 0, items, l.size, n);
        l.setAll(items, (int) newSize);
    }

    /** What + and * mean for sequences once the number methods returned NotImplemented; null if nothing. */
    static PyObject sequenceFallback(Interpreter in, int o, boolean inplace, PyObject a, PyObject b) {
        if (o == Arith.ADD) {
            if (a instanceof PyStr s) {
                if (b instanceof PyStr t) {
                    return concatStr(s, t);
                }
                throw PyErr.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
            }
            if (a instanceof PyList l) {
                if (inplace) {
                    extend(in, l, b);
                    return l;
                }
                if (b instanceof PyList m) {
                    return concatList(l, m);
                }
                throw PyErr.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
            }
            if (a instanceof PyTuple t) {
                if (b instanceof PyTuple u) {
                    return concatTuple(t, u);
                }
                throw PyErr.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
            }
            return null;
        }
        if (o == Arith.MULT) {
            if (isSeq(a)) {
                return repeat(in, a, b, inplace);
            }
            if (isSeq(b)) {
                return repeat(in, b, a, false);
            }
        }
        return null;
    }

    private static boolean isSeq(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyList concatList(PyList a, PyList b) {
        long n = (long) a.size + b.size;
        if (n > Arith.MAX_ITEMS) {
            throw memoryError();
        }
        PyObject[] items = new PyObject[Math.max((int) n, 4)];
        System.arraycopy(a.items, 0, items, 0, a.size);
        System.arraycopy(b.items, 0, items, a.size, b.size);
        return new PyList(items, (int) n);
    }

    private static PyTuple concatTuple(PyTuple a, PyTuple b) {
        if (b.items.length == 0) {
            return a.exact();
        }
        if (a.items.length == 0) {
            return b.exact();
        }
        long n = (long) a.items.length + b.items.length;
        if (n > Arith.MAX_ITEMS) {
            throw memoryError();
        }
        PyObject[] items = Arrays.copyOf(a.items, (int) n);
        System.arraycopy(b.items, 0, items, a.items.length, b.items.length);
        return new PyTuple(items);
    }

    /** seq * count. */
    static PyObject repeat(Interpreter in, PyObject seq, PyObject count, boolean inplace) {
        if (!Ops.hasIndex(count)) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        }
        PyInt c = Ops.indexObject(in, count);
        if (c.big != null) {
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        long n = c.value;
        if (n <= 0) {
            return emptyLike(seq, inplace);
        }
        if (seq instanceof PyStr s) {
            int len = s.value.length();
            if (len == 0 || n == 1) {
                return s.exact();
            }
            if (n > Long.MAX_VALUE / len) {
                throw PyErr.overflow("repeated string is too long");
            }
            if (n * len > Arith.MAX_ITEMS) {
                throw memoryError();
            }
            return new PyStr(s.value.repeat((int) n));
        }
        if (seq instanceof PyList l) {
            PyObject[] items = repeatItems(l.items, l.size, n);
            if (inplace) {
                l.setAll(items, items.length);
                return l;
            }
            return new PyList(items.length < 4 ? Arrays.copyOf(items, 4) : items, items.length);
        }
        PyTuple t = (PyTuple) seq;
        if (n == 1 || t.items.length == 0) {
            return t.exact();
        }
        return new PyTuple(repeatItems(t.items, t.items.length, n));
    }

    private static PyObject[] repeatItems(PyObject[] src, int len, long n) {
        if (len == 0) {
            return new PyObject[0];
        }
        if (n > Arith.MAX_ITEMS / len) {
            throw memoryError();
        }
        int total = (int) (n * len);
        PyObject[] out = new PyObject[total];
        if (len == 1) {
            Arrays.fill(out, src[0]);
            return out;
        }
        System.arraycopy(src, 0, out, 0, len);
        int filled = len;
        while (filled < total) {
            int chunk = Math.min(filled, total - filled);
            System.arraycopy(out, 0, out, filled, chunk);
            filled += chunk;
        }
        return out;
    }

    private static PyObject emptyLike(PyObject seq, boolean inplace) {
        if (seq instanceof PyStr) {
            return PyStr.EMPTY;
        }
        if (seq instanceof PyList l) {
            if (inplace) {
                l.clear();
                return l;
            }
            return new PyList();
        }
        return PyTuple.EMPTY;
    }

    /** dict |= other: a dict, a mapping with keys(), or an iterable of pairs. */
    static void dictMerge(Interpreter in, PyDict d, PyObject other) {
        if (DictMethods.directMerge(other)) {
            d.update(in, (PyDict) other);
            return;
        }
        if (Attr.hasAttr(in, other, "keys")) {
            PyObject keys = in.callMethod(other, "keys");
            PyObject it = Ops.iter(in, keys);
            for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
                d.put(in, k, Ops.getItem(in, other, k));
            }
            return;
        }
        PyObject it = Ops.iter(in, other);
        int i = 0;
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it), i++) {
            PyObject[] pair;
            if (item instanceof PyTuple t) {
                pair = t.items;
            } else if (item instanceof PyList l) {
                pair = l.toArray();
            } else {
                try {
                    pair = Ops.toArray(in, item);
                } catch (PyException e) {
                    if (e.exc.isInstance(Builtins.TYPE_ERROR)) {
                        throw PyErr.typeError("cannot convert dictionary update sequence element #" + i
                                + " to a sequence");
                    }
                    throw e;
                }
            }
            if (pair.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + pair.length
                        + "; 2 is required");
            }
            d.put(in, pair[0], pair[1]);
        }
    }
}
