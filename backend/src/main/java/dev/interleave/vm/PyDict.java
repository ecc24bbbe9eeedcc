package dev.interleave.vm;

import java.util.Arrays;

/**
 * dict: insertion-ordered, keys compared with Python's {@code ==} and hashed with Python's
 * {@code hash}. Entries live in dense arrays in insertion order; an open-addressing index maps
 * hashes to entry positions, as in CPython's compact dict. A dict of at most 8 entries (most
 * instance dicts) has no index: a lookup scans the entries' hashes in insertion order, which
 * compares keys of equal hash in the same order as probing the index would. The arrays are
 * allocated by the first insertion. An instance of a program-defined subclass of dict also has
 * its class and attributes.
 */
public final class PyDict extends PyObject {

    private static final int EMPTY = -1;
    private static final int DELETED = -2;

    private static final PyObject[] NO_OBJECTS = new PyObject[0];
    private static final int[] NO_INTS = new int[0];
    /** Entry arrays up to this capacity go without an index. */
    private static final int LINEAR_MAX = 8;

    private PyObject[] keys = NO_OBJECTS;
    private PyObject[] values = NO_OBJECTS;
    private int[] hashes = NO_INTS;
    /** Null while the entry arrays hold at most {@link #LINEAR_MAX} entries. */
    private int[] index;
    private int entries;
    private int count;
    /** Changes whenever a key is added or removed; iterators compare it. */
    private int shape;
    /** Changes on every write (new key, new value, removal): global-name caches compare it. */
    private int version;
    /** The program-defined subclass this is an instance of, or null for a plain dict. */
    final PyType subtype;
    private final PyDict attrs;

    public PyDict() {
        subtype = null;
        attrs = null;
    }

    /** An empty instance of a program-defined subclass of dict. */
    PyDict(PyType subtype) {
        this.subtype = subtype;
        attrs = new PyDict();
    }

    @Override
    public PyType type() {
        return subtype == null ? Builtins.DICT : subtype;
    }

    @Override
    public PyDict dict() {
        return attrs;
    }

    public int size() {
        return count;
    }

    public int shape() {
        return shape;
    }

    public int version() {
        return version;
    }

    private static int[] newIndex(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private int find(Interpreter in, PyObject key, int h) {
        if (index == null) {
            for (int e = 0; e < entries; e++) {
                if (hashes[e] == h) {
                    PyObject k = keys[e];
                    if (k != null && (k == key || Compare.keyEquals(in, k, key))) {
                        return e;
                    }
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1 - i;
            }
            if (e >= 0 && hashes[e] == h) {
                PyObject k = keys[e];
                if (k == key || Compare.keyEquals(in, k, key)) {
                    return e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private int findStr(String key, int h) {
        if (index == null) {
            for (int e = 0; e < entries; e++) {
                if (hashes[e] == h && keys[e] instanceof PyStr s && s.value.equals(key)) {
                    return e;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1 - i;
            }
            if (e >= 0 && hashes[e] == h && keys[e] instanceof PyStr s && s.value.equals(key)) {
                return e;
            }
            i = (i + 1) & mask;
        }
    }

    public PyObject get(Interpreter in, PyObject key) {
        int e = find(in, key, Ops.hash(in, key));
        return e >= 0 ? values[e] : null;
    }

    public PyObject getStr(String key) {
        int e = findStr(key, key.hashCode());
        return e >= 0 ? values[e] : null;
    }

    public boolean containsKey(Interpreter in, PyObject key) {
        return find(in, key, Ops.hash(in, key)) >= 0;
    }

    public void put(Interpreter in, PyObject key, PyObject value) {
        int h = Ops.hash(in, key);
        int e = find(in, key, h);
        if (e >= 0) {
            values[e] = value;
            version++;
        } else {
            insert(-1 - e, key, value, h);
        }
    }

    /** {@link #putStr} with the key object to keep when the key is new (an exact str, such as an attribute name of the code). */
    void putStr(PyStr key, PyObject value) {
        putStr(key.value, key, value);
    }

    public void putStr(String key, PyObject value) {
        putStr(key, null, value);
    }

    private void putStr(String key, PyStr keyObject, PyObject value) {
        int h = key.hashCode();
        int e = findStr(key, h);
        if (e >= 0) {
            values[e] = value;
            version++;
        } else {
            insert(-1 - e, keyObject != null ? keyObject : PyStr.of(key), value, h);
        }
    }

    private void insert(int slot, PyObject key, PyObject value, int h) {
        if (entries == keys.length) {
            if (count < entries) {
                compact();
            } else {
                int n = Math.max(4, keys.length * 2);
                keys = Arrays.copyOf(keys, n);
                values = Arrays.copyOf(values, n);
                hashes = Arrays.copyOf(hashes, n);
            }
            rebuildIndex();
            if (index != null) {
                slot = -1 - findFreeSlot(h);
            }
        }
        keys[entries] = key;
        values[entries] = value;
        hashes[entries] = h;
        if (index != null) {
            index[slot] = entries;
        }
        entries++;
        count++;
        shape++;
        version++;
    }

    private int findFreeSlot(int h) {
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (index[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        return -1 - i;
    }

    private void compact() {
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                keys[j] = keys[i];
                values[j] = values[i];
                hashes[j] = hashes[i];
                j++;
            }
        }
        Arrays.fill(keys, j, entries, null);
        Arrays.fill(values, j, entries, null);
        entries = j;
    }

    private void rebuildIndex() {
        if (keys.length <= LINEAR_MAX) {
            index = null;
            return;
        }
        int n = 16;
        while (n * 2 <= keys.length * 3) {
            n <<= 1;
        }
        index = newIndex(n);
        int mask = n - 1;
        for (int e = 0; e < entries; e++) {
            if (keys[e] != null) {
                int i = spread(hashes[e]) & mask;
                while (index[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                index[i] = e;
            }
        }
    }

    /** Removes a key; returns its value or null. */
    public PyObject remove(Interpreter in, PyObject key) {
        int e = find(in, key, Ops.hash(in, key));
        return e >= 0 ? removeEntry(e) : null;
    }

    public PyObject removeStr(String key) {
        int e = findStr(key, key.hashCode());
        return e >= 0 ? removeEntry(e) : null;
    }

    private PyObject removeEntry(int e) {
        PyObject v = values[e];
        if (index != null) {
            int mask = index.length - 1;
            int i = spread(hashes[e]) & mask;
            while (index[i] != e) {
                i = (i + 1) & mask;
            }
            index[i] = DELETED;
        }
        keys[e] = null;
        values[e] = null;
        count--;
        shape++;
        version++;
        return v;
    }

    public void clear() {
        keys = NO_OBJECTS;
        values = NO_OBJECTS;
        hashes = NO_INTS;
        index = null;
        entries = 0;
        count = 0;
        shape++;
        version++;
    }

    /** Position-based iteration: the first live entry at or after {@code pos}, or -1. */
    public int nextEntry(int pos) {
        while (pos < entries) {
            if (keys[pos] != null) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    /** The last live entry before {@code pos}, or -1. */
    public int prevEntry(int pos) {
        for (int i = Math.min(pos, entries) - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    public PyObject keyAt(int e) {
        return keys[e];
    }

    public PyObject valueAt(int e) {
        return values[e];
    }

    public void setValueAt(int e, PyObject v) {
        values[e] = v;
        version++;
    }

    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[count];
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    public PyObject[] valuesArray() {
        PyObject[] out = new PyObject[count];
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.keys = keys.clone();
        d.values = values.clone();
        d.hashes = hashes.clone();
        d.index = index == null ? null : index.clone();
        d.entries = entries;
        d.count = count;
        return d;
    }

    /** Adds every entry of {@code other}, in its order. */
    public void update(Interpreter in, PyDict other) {
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            put(in, other.keys[e], other.values[e]);
        }
    }
}
