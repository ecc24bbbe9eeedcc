package dev.interleave.vm;

import java.util.Arrays;

/**
 * set and frozenset, with CPython's setobject table: open addressing over the 64-bit Python
 * hash ({@link Ops#pyHash}), LINEAR_PROBES = 9 neighbours then perturbation, dummies for
 * deleted entries, the same fill/resize policy and the same algorithms for the set operations,
 * so that iteration order (which follows the table) is CPython's for ints and tuples of ints.
 *
 * <p>Set operators and methods should use the operations here ({@link #update},
 * {@link #intersection}, {@link #difference}, ...) rather than element loops, because their
 * insertion orders are part of what makes the layout match CPython's. Results of the operations
 * are plain sets or frozensets even for instances of subclasses, as in CPython.
 */
public final class PySet extends PyObject {

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry (its hash is -1). Immutable and shared; never seen by programs. */
    private static final PyObject DUMMY = new Dummy();

    private static final class Dummy extends PyObject {
        @Override
        public PyType type() {
            return Builtins.OBJECT;
        }
    }

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active plus dummy entries. */
    private int fill;
    /** Active entries. */
    int used;
    /** Where pop() starts looking. */
    private int finger;
    /** Changes on every add and removal, for iterators. */
    private int shape;
    final boolean frozen;
    /** The program-defined subclass this is an instance of, or null for a plain set or frozenset. */
    final PyType subtype;
    private final PyDict attrs;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        subtype = null;
        attrs = null;
    }

    public PySet() {
        this(false);
    }

    /** An empty instance of a program-defined subclass of set or frozenset. */
    PySet(boolean frozen, PyType subtype) {
        this.frozen = frozen;
        this.subtype = subtype;
        attrs = new PyDict();
    }

    @Override
    public PyType type() {
        return subtype != null ? subtype : frozen ? Builtins.FROZENSET : Builtins.SET;
    }

    @Override
    public PyDict dict() {
        return attrs;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    public int shape() {
        return shape;
    }

    // ---- probing ----

    /** Index of the entry holding key, or of the unused slot ending the search (keys[i] == null). */
    private int lookkey(Interpreter in, PyObject key, long hash) {
        while (true) {
            PyObject[] table = keys;
            long perturb = hash;
            int m = mask;
            int i = (int) (hash & m);
            boolean restart = false;
            search:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return j;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key || sameStr(k, key)) {
                            return j;
                        }
                        boolean eq = Compare.eq(in, k, key);
                        if (table != keys || table[j] != k) {
                            restart = true;
                            break search;
                        }
                        if (eq) {
                            return j;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    private static boolean sameStr(PyObject a, PyObject b) {
        return a instanceof PyStr x && b instanceof PyStr y && x.value.equals(y.value);
    }

    /** set_add_entry. */
    void addEntry(Interpreter in, PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        if (freeslot < 0) {
                            fill++;
                            used++;
                            shape++;
                            table[j] = key;
                            hashes[j] = hash;
                            if ((long) fill * 5 >= (long) m * 3) {
                                resize(used > 50000 ? used * 2 : used * 4);
                            }
                            return;
                        }
                        if (table != keys || keys[freeslot] != DUMMY) {
                            continue restart;
                        }
                        used++;
                        shape++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return;
                    }
                    if (k == DUMMY) {
                        freeslot = j;
                    } else if (hashes[j] == hash) {
                        if (k == key || sameStr(k, key)) {
                            return;
                        }
                        boolean eq = Compare.eq(in, k, key);
                        if (eq) {
                            return;
                        }
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_insert_clean: the key is known to be absent and the table to have room. */
    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: the smallest table with more than minused slots. */
    void resize(int minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1 << 30)) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        if (newsize == MINSIZE && keys.length == MINSIZE && fill == used) {
            return;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = (int) newsize;
        PyObject[] nk = new PyObject[n];
        long[] nh = new long[n];
        int nm = n - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(nk, nh, nm, k, oldHashes[i]);
            }
        }
        keys = nk;
        hashes = nh;
        mask = nm;
        fill = used;
    }

    boolean discardEntry(Interpreter in, PyObject key, long hash) {
        int i = lookkey(in, key, hash);
        if (i < 0 || keys[i] == null) {
            return false;
        }
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        shape++;
        return true;
    }

    boolean containsEntry(Interpreter in, PyObject key, long hash) {
        int i = lookkey(in, key, hash);
        return i >= 0 && keys[i] != null;
    }

    /** A set used as a key of a lookup stands for the frozenset with its items. */
    private static PyObject lookupKey(PyObject key) {
        if (key instanceof PySet s && !s.frozen) {
            PySet f = new PySet(true);
            f.mergeFrom(null, s);
            return f;
        }
        return key;
    }

    // ---- element operations ----

    public boolean contains(Interpreter in, PyObject key) {
        key = lookupKey(key);
        return containsEntry(in, key, Ops.pyHash(in, key));
    }

    public void add(Interpreter in, PyObject key) {
        addEntry(in, key, Ops.pyHash(in, key));
    }

    /** Removes a key; true when it was there. A set key stands for the equal frozenset. */
    public boolean discard(Interpreter in, PyObject key) {
        key = lookupKey(key);
        return discardEntry(in, key, Ops.pyHash(in, key));
    }

    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        shape++;
    }

    /** set.pop(): "pop from an empty set" KeyError when empty. */
    public PyObject pop() {
        if (used == 0) {
            throw PyErr.of(Builtins.KEY_ERROR, "pop from an empty set");
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        shape++;
        finger = i + 1;
        return k;
    }

    // ---- iteration ----

    /** The first active entry at or after {@code pos}, or -1. */
    public int nextEntry(int pos) {
        PyObject[] t = keys;
        for (int i = pos; i < t.length; i++) {
            PyObject k = t[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    public PyObject keyAt(int e) {
        return keys[e];
    }

    long hashAt(int e) {
        return hashes[e];
    }

    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    // ---- bulk operations (CPython's algorithms) ----

    /** set_merge: adds every item of another set. {@code in} may be null when no comparison can run (empty target). */
    private void mergeFrom(Interpreter in, PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, other.keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, other.hashes.length);
            fill = other.fill;
            used = other.used;
            shape++;
            return;
        }
        if (fill == 0) {
            PyObject[] ok = other.keys;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            shape++;
            return;
        }
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        for (int i = 0; i < ok.length; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY) {
                addEntry(in, k, oh[i]);
            }
        }
    }

    /** set_update_internal: adds the items of a set, dict or any iterable. */
    public void update(Interpreter in, PyObject other) {
        if (other instanceof PySet s) {
            mergeFrom(in, s);
        } else if (other instanceof PyDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject k = d.keyAt(e);
                addEntry(in, k, Ops.pyHash(in, k));
            }
        } else {
            PyObject it = Ops.iter(in, other);
            for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
                add(in, k);
            }
        }
    }

    /** A new set (or frozenset, as {@code frozen} says) with the items of this one, in the same layout. */
    public PySet copy(boolean asFrozen) {
        PySet r = new PySet(asFrozen);
        r.mergeFrom(null, this);
        return r;
    }

    /** A copy of the same kind (set or frozenset). */
    public PySet copy() {
        return copy(frozen);
    }

    /** this | other (other any iterable for set.union). The result has this set's kind. */
    public PySet union(Interpreter in, PyObject other) {
        PySet r = copy();
        if (other != this) {
            r.update(in, other);
        }
        return r;
    }

    /** set_intersection: the result has this set's kind. */
    public PySet intersection(Interpreter in, PyObject other) {
        return SetAlgebra.intersection(in, this, other);
    }

    /** intersection_update: this set takes the body of the intersection. */
    public void intersectionUpdate(Interpreter in, PyObject other) {
        takeBody(SetAlgebra.intersection(in, this, other));
    }

    /** difference_update with any iterable. */
    public void differenceUpdate(Interpreter in, PyObject other) {
        SetAlgebra.differenceUpdate(in, this, other);
    }

    /** set_difference: the result has this set's kind. */
    public PySet difference(Interpreter in, PyObject other) {
        return SetAlgebra.difference(in, this, other);
    }

    /** symmetric_difference_update with any iterable. */
    public void symmetricDifferenceUpdate(Interpreter in, PyObject other) {
        SetAlgebra.symmetricDifferenceUpdate(in, this, other);
    }

    /** set_symmetric_difference: the result has this set's kind. */
    public PySet symmetricDifference(Interpreter in, PyObject other) {
        PySet result = new PySet(frozen);
        result.update(in, other);
        SetAlgebra.symmetricUpdateSet(in, result, this);
        return result;
    }

    /** issubset (other: any iterable). */
    public boolean isSubset(Interpreter in, PyObject other) {
        return SetAlgebra.isSubset(in, this, other);
    }

    /** issuperset (other: any iterable). */
    public boolean isSuperset(Interpreter in, PyObject other) {
        if (other instanceof PySet os) {
            return SetAlgebra.isSubset(in, os, this);
        }
        PyObject it = Ops.iter(in, other);
        for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
            if (!contains(in, k)) {
                return false;
            }
        }
        return true;
    }

    /** isdisjoint (other: any iterable). */
    public boolean isDisjoint(Interpreter in, PyObject other) {
        return SetAlgebra.isDisjoint(in, this, other);
    }

    /** set == set (sizes, then subset). */
    public boolean equalsSet(Interpreter in, PySet other) {
        return used == other.used && isSubset(in, other);
    }

    /** After removals: rebuilds the table when more than a quarter of it is dummies. */
    void shrinkIfManyDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Replaces this set's table with another's (set_swap_bodies, one way). */
    void takeBody(PySet tmp) {
        keys = tmp.keys;
        hashes = tmp.hashes;
        mask = tmp.mask;
        fill = tmp.fill;
        used = tmp.used;
        shape++;
    }

    /** frozenset's hash, CPython's algorithm over the entries' hashes. */
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                hash ^= shuffle(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public String toString() {
        return (frozen ? "frozenset" : "set") + Arrays.toString(toArray());
    }
}
