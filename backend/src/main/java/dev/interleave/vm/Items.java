package dev.interleave.vm;

import java.util.Arrays;

/** Subscription: o[k], o[k] = v and del o[k] for the builtin sequences and mappings, and __getitem__ & co. */
final class Items {
    private Items() {}

    // ---- indexes ----

    /** An int subscript as a long; a huge int is an IndexError as in CPython. */
    private static long indexValue(Interpreter in, PyObject key) {
        PyInt i = key instanceof PyInt x ? x : Ops.indexObject(in, key);
        if (i.big != null) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** Normalises a possibly negative index against {@code size}, or raises IndexError(msg). */
    private static int checkIndex(long i, int size, String msg) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError(msg);
        }
        return (int) i;
    }

    private static PyException badIndex(String what, PyObject key) {
        return PyErr.typeError(what + " indices must be integers or slices, not " + key.type().name());
    }

    // ---- o[k] ----

    static PyObject getItem(Interpreter in, PyObject c, PyObject key) {
        PyObject m = Ops.override(c, "__getitem__");
        if (m != null) {
            return Ops.callMethod(in, m, c, key);
        }
        return nativeGetItem(in, c, key);
    }

    /** The builtin types' subscription (list.__getitem__ & co.), then a builtin type's registered __getitem__. */
    static PyObject nativeGetItem(Interpreter in, PyObject c, PyObject key) {
        if (c instanceof PyList l) {
            if (key instanceof PyInt i && i.big == null) {
                return l.items[checkIndex(i.value, l.size, "list index out of range")];
            }
            if (key instanceof PySlice s) {
                return listSlice(in, l, s);
            }
            if (Ops.hasIndex(key)) {
                return l.items[checkIndex(indexValue(in, key), l.size, "list index out of range")];
            }
            throw badIndex("list", key);
        }
        if (c instanceof PyDict d) {
            PyObject v = d.get(in, key);
            return v != null ? v : missing(in, d, key);
        }
        if (c instanceof PyTuple t) {
            if (key instanceof PyInt i && i.big == null) {
                return t.items[checkIndex(i.value, t.items.length, "tuple index out of range")];
            }
            if (key instanceof PySlice s) {
                return tupleSlice(in, t, s);
            }
            if (Ops.hasIndex(key)) {
                return t.items[checkIndex(indexValue(in, key), t.items.length, "tuple index out of range")];
            }
            throw badIndex("tuple", key);
        }
        if (c instanceof PyStr s) {
            if (key instanceof PySlice sl) {
                return strSlice(in, s, sl);
            }
            if (!Ops.hasIndex(key)) {
                throw PyErr.typeError("string indices must be integers, not '" + key.type().name() + "'");
            }
            int i = checkIndex(indexValue(in, key), s.length(), "string index out of range");
            return PyStr.ofCodePoint(s.codePointAt(i));
        }
        if (c instanceof PyRange r) {
            if (key instanceof PySlice s) {
                return r.slice(in, s);
            }
            if (!Ops.hasIndex(key)) {
                throw badIndex("range", key);
            }
            return r.itemAt(Ops.indexObject(in, key));
        }
        if (c instanceof PyType t) {
            return classGetItem(in, t, key);
        }
        PyObject m = special(c, "__getitem__");
        if (m != null) {
            return Ops.callMethod(in, m, c, key);
        }
        throw PyErr.notSubscriptable(c);
    }

    /** dict_subscript on a missing key: a subclass's __missing__(key), or KeyError. */
    private static PyObject missing(Interpreter in, PyDict d, PyObject key) {
        if (d.subtype != null) {
            PyObject m = Ops.userSpecial(d.subtype, "__missing__");
            if (m != null) {
                return Ops.callMethod(in, m, d, key);
            }
        }
        throw PyErr.keyError(key);
    }

    private static PyObject special(PyObject o, String name) {
        PyType t = o.type();
        if (!t.isBuiltin()) {
            return Ops.userSpecial(t, name);
        }
        return Ops.known(o) ? null : Ops.nativeSpecial(t, name);
    }

    private static PyObject classGetItem(Interpreter in, PyType t, PyObject key) {
        if (t == Builtins.LIST || t == Builtins.DICT || t == Builtins.TUPLE || t == Builtins.SET
                || t == Builtins.FROZENSET || t == Builtins.TYPE) {
            return new GenericAlias(t, key);
        }
        PyObject m = t.lookup("__class_getitem__");
        if (m instanceof PyWrappedMethod w) {
            return w.isClassMethod() ? in.call(w.func, t, key) : in.call(w.func, key);
        }
        if (m != null && !(m instanceof PyBuiltinFunction)) {
            return in.call(m, t, key);
        }
        throw PyErr.typeError("type '" + t.name() + "' is not subscriptable");
    }

    static PyObject listSlice(Interpreter in, PyList l, PySlice s) {
        PySlice.Indices ix = s.indices(in, l.size);
        int n = ix.length();
        if (ix.step() == 1) {
            PyObject[] out = Arrays.copyOfRange(l.items, ix.start(), ix.start() + Math.max(n, 0));
            return new PyList(out.length < 4 ? Arrays.copyOf(out, 4) : out, n);
        }
        PyObject[] out = new PyObject[Math.max(n, 4)];
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
            out[k] = l.items[i];
        }
        return new PyList(out, n);
    }

    static PyObject tupleSlice(Interpreter in, PyTuple t, PySlice s) {
        PySlice.Indices ix = s.indices(in, t.items.length);
        int n = ix.length();
        if (n == t.items.length && ix.step() == 1) {
            return t.exact();
        }
        if (n <= 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] out = new PyObject[n];
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
            out[k] = t.items[i];
        }
        return new PyTuple(out);
    }

    static PyObject strSlice(Interpreter in, PyStr s, PySlice sl) {
        PySlice.Indices ix = sl.indices(in, s.length());
        int n = ix.length();
        if (n <= 0) {
            return PyStr.EMPTY;
        }
        if (ix.step() == 1) {
            if (n == s.length()) {
                return s.exact();
            }
            return PyStr.of(s.substring(ix.start(), ix.start() + n));
        }
        StringBuilder sb = new StringBuilder(n);
        if (s.isSimple()) {
            String v = s.value;
            for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
                sb.append(v.charAt(i));
            }
        } else {
            String v = s.value;
            int[] cps = new int[s.length()];
            for (int off = 0, c = 0; off < v.length(); c++) {
                cps[c] = v.codePointAt(off);
                off += Character.charCount(cps[c]);
            }
            for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
                sb.appendCodePoint(cps[i]);
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- o[k] = v ----

    static void setItem(Interpreter in, PyObject c, PyObject key, PyObject value) {
        PyObject m = Ops.override(c, "__setitem__");
        if (m != null) {
            Ops.callMethod(in, m, c, key, value);
            return;
        }
        nativeSetItem(in, c, key, value);
    }

    /** The builtin types' item assignment (list.__setitem__ & co.), then a builtin type's registered __setitem__. */
    static void nativeSetItem(Interpreter in, PyObject c, PyObject key, PyObject value) {
        if (c instanceof PyList l) {
            if (key instanceof PyInt i && i.big == null) {
                l.items[checkIndex(i.value, l.size, "list assignment index out of range")] = value;
                return;
            }
            if (key instanceof PySlice s) {
                assignSlice(in, l, s, value);
                return;
            }
            if (Ops.hasIndex(key)) {
                l.items[checkIndex(indexValue(in, key), l.size, "list assignment index out of range")] = value;
                return;
            }
            throw badIndex("list", key);
        }
        if (c instanceof PyDict d) {
            d.put(in, key, value);
            return;
        }
        PyObject m = special(c, "__setitem__");
        if (m != null) {
            Ops.callMethod(in, m, c, key, value);
            return;
        }
        throw PyErr.typeError("'" + c.type().name() + "' object does not support item assignment");
    }

    private static void assignSlice(Interpreter in, PyList l, PySlice s, PyObject value) {
        PyObject[] seq;
        if (value == l) {
            seq = l.toArray();
        } else if (value instanceof PyList vl) {
            seq = vl.toArray();
        } else if (value instanceof PyTuple vt) {
            seq = vt.items;
        } else if (isIterable(value)) {
            seq = Ops.toArray(in, value);
        } else {
            throw PyErr.typeError("must assign iterable to extended slice");
        }
        PySlice.Indices ix = s.indices(in, l.size);
        if (ix.step() == 1) {
            int lo = ix.start();
            int hi = Math.max(ix.stop(), lo);
            replace(l, lo, hi, seq);
            return;
        }
        int n = ix.length();
        if (seq.length != n) {
            throw PyErr.valueError("attempt to assign sequence of size " + seq.length + " to extended slice of size " + n);
        }
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
            l.items[i] = seq[k];
        }
    }

    private static boolean isIterable(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict
                || o instanceof PySet || o instanceof PyRange || o instanceof PyIter || o instanceof PyGenerator
                || special(o, "__iter__") != null || special(o, "__getitem__") != null;
    }

    /** Replaces l[lo:hi] with seq. */
    static void replace(PyList l, int lo, int hi, PyObject[] seq) {
        int size = l.size;
        int newSize = size - (hi - lo) + seq.length;
        if ((long) newSize > Arith.MAX_ITEMS) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        PyObject[] items = l.items;
        if (newSize > items.length) {
            items = Arrays.copyOf(items, Math.max(newSize, items.length * 2));
        }
        System.arraycopy(l.items, hi, items, lo + seq.length, size - hi);
        System.arraycopy(seq, 0, items, lo, seq.length);
        if (newSize < size) {
            Arrays.fill(items, newSize, size, null);
        }
        l.setAll(items, newSize);
    }

    // ---- del o[k] ----

    static void delItem(Interpreter in, PyObject c, PyObject key) {
        PyObject m = Ops.override(c, "__delitem__");
        if (m != null) {
            Ops.callMethod(in, m, c, key);
            return;
        }
        nativeDelItem(in, c, key);
    }

    /** The builtin types' item deletion (list.__delitem__ & co.), then a builtin type's registered __delitem__. */
    static void nativeDelItem(Interpreter in, PyObject c, PyObject key) {
        if (c instanceof PyList l) {
            if (key instanceof PySlice s) {
                deleteSlice(in, l, s);
                return;
            }
            if (!Ops.hasIndex(key)) {
                throw badIndex("list", key);
            }
            l.remove(checkIndex(indexValue(in, key), l.size, "list assignment index out of range"));
            return;
        }
        if (c instanceof PyDict d) {
            if (d.remove(in, key) == null) {
                throw PyErr.keyError(key);
            }
            return;
        }
        if (c instanceof PyTuple || c instanceof PyStr) {
            throw PyErr.typeError("'" + c.type().name() + "' object doesn't support item deletion");
        }
        PyObject m = special(c, "__delitem__");
        if (m != null) {
            Ops.callMethod(in, m, c, key);
            return;
        }
        throw PyErr.typeError("'" + c.type().name() + "' object does not support item deletion");
    }

    private static void deleteSlice(Interpreter in, PyList l, PySlice s) {
        PySlice.Indices ix = s.indices(in, l.size);
        int n = ix.length();
        if (n <= 0) {
            return;
        }
        if (ix.step() == 1) {
            replace(l, ix.start(), ix.start() + n, new PyObject[0]);
            return;
        }
        int step = ix.step();
        int lo = ix.start();
        if (step < 0) {
            lo = ix.start() + (n - 1) * step;
            step = -step;
        }
        boolean[] gone = new boolean[l.size];
        for (int k = 0, i = lo; k < n; k++, i += step) {
            gone[i] = true;
        }
        PyObject[] items = l.items;
        int j = 0;
        for (int i = 0; i < l.size; i++) {
            if (!gone[i]) {
                items[j++] = items[i];
            }
        }
        Arrays.fill(items, j, l.size, null);
        l.setAll(items, j);
    }
}
