package dev.interleave.vm;

/** Building and unpacking sequences for the loop (displays, starred items, **kwargs). */
final class Seq {
    private Seq() {}

    static void extend(Interpreter in, PyList list, PyObject iterable) {
        if (iterable instanceof PyList l) {
            PyObject[] items = l.toArray();
            for (PyObject o : items) {
                list.append(o);
            }
            return;
        }
        if (iterable instanceof PyTuple t) {
            for (PyObject o : t.items) {
                list.append(o);
            }
            return;
        }
        PyObject it = iterOrError(in, iterable, "Value after * must be an iterable, not ");
        for (PyObject v = Ops.next(in, it); v != null; v = Ops.next(in, it)) {
            list.append(v);
        }
    }

    /** iter(o), with "'x' object is not iterable" reworded as the caller's message. */
    private static PyObject iterOrError(Interpreter in, PyObject o, String prefix) {
        try {
            return Ops.iter(in, o);
        } catch (PyException e) {
            String notIterable = "'" + o.type().name() + "' object is not iterable";
            if (e.exc.isInstance(Builtins.TYPE_ERROR) && e.exc.args.size() == 1
                    && e.exc.args.get(0) instanceof PyStr m && m.value.equals(notIterable)) {
                throw PyErr.typeError(prefix + o.type().name() + (prefix.startsWith("cannot") ? " object" : ""));
            }
            throw e;
        }
    }

    static void dictUpdate(Interpreter in, PyDict dict, PyObject mapping) {
        if (DictMethods.directMerge(mapping)) {
            dict.update(in, (PyDict) mapping);
            return;
        }
        PyObject keys = Attr.lookupSpecial(mapping, "keys");
        if (keys == null) {
            throw PyErr.typeError("'" + mapping.type().name() + "' object is not a mapping");
        }
        PyObject ks = in.callMethod(mapping, "keys");
        PyObject it = Ops.iter(in, ks);
        for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
            dict.put(in, k, Ops.getItem(in, mapping, k));
        }
    }

    /** **mapping in a call: keys must be strings and must not repeat. */
    static void dictMerge(Interpreter in, PyDict dict, PyObject mapping, PyObject callable) {
        if (!(mapping instanceof PyDict) && Attr.lookupSpecial(mapping, "keys") == null) {
            throw PyErr.typeError(Calls.describe(callable) + " argument after ** must be a mapping, not "
                    + mapping.type().name());
        }
        PyDict src = new PyDict();
        dictUpdate(in, src, mapping);
        for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
            PyObject k = src.keyAt(e);
            if (!(k instanceof PyStr ks)) {
                throw PyErr.typeError("keywords must be strings");
            }
            if (dict.getStr(ks.value) != null) {
                throw PyErr.typeError(Calls.describe(callable) + " got multiple values for keyword argument '"
                        + ks.value + "'");
            }
            dict.putStr(ks.value, src.valueAt(e));
        }
    }

    /** UNPACK_SEQUENCE: writes the n items to stack[at..] in reverse (first item on top). */
    static void unpack(Interpreter in, PyObject seq, int n, PyObject[] stack, int at) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            items = collect(in, seq, n);
        }
        if (items.length != n) {
            if (items.length < n) {
                throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
            }
            throw PyErr.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = 0; i < n; i++) {
            stack[at + n - 1 - i] = items[i];
        }
    }

    /** Iterates at most n + 1 items (enough to tell "too many"). */
    private static PyObject[] collect(Interpreter in, PyObject seq, int n) {
        PyObject it = iterForUnpack(in, seq);
        PyObject[] buf = new PyObject[n + 1];
        int k = 0;
        for (PyObject v = Ops.next(in, it); v != null; v = k <= n ? Ops.next(in, it) : null) {
            buf[k++] = v;
            if (k == n + 1) {
                break;
            }
        }
        return java.util.Arrays.copyOf(buf, k);
    }

    private static PyObject iterForUnpack(Interpreter in, PyObject seq) {
        return iterOrError(in, seq, "cannot unpack non-iterable ");
    }

    /** UNPACK_EX: a, *b, c = seq. */
    static void unpackEx(Interpreter in, PyObject seq, int before, int after, PyObject[] stack, int at) {
        PyObject[] items = seq instanceof PyTuple t ? t.items
                : seq instanceof PyList l ? l.toArray() : Ops.toArray(in, iterForUnpack(in, seq));
        int need = before + after;
        if (items.length < need) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + need + ", got "
                    + items.length + ")");
        }
        int total = before + after + 1;
        int k = 0;
        PyObject[] out = new PyObject[total];
        for (int i = 0; i < before; i++) {
            out[k++] = items[i];
        }
        int mid = items.length - after;
        PyObject[] middle = java.util.Arrays.copyOfRange(items, before, mid);
        out[k++] = new PyList(middle, middle.length);
        for (int i = mid; i < items.length; i++) {
            out[k++] = items[i];
        }
        for (int i = 0; i < total; i++) {
            stack[at + total - 1 - i] = out[i];
        }
    }
}
