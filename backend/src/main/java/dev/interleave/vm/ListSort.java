package dev.interleave.vm;

/**
 * list.sort: a stable sort that never trusts the comparison to be consistent. Runs are found
 * and extended exactly as CPython's timsort does (count_run, then binary insertion up to
 * minrun), so lists shorter than 64 items see the very same comparisons in the same order;
 * runs are then merged stably. Keys of one builtin type (str, int, float) are compared
 * without going through the generic protocol.
 */
final class ListSort {
    private ListSort() {}

    private static final int MAX_MINRUN = 64;

    @FunctionalInterface
    private interface Less {
        boolean lt(PyObject a, PyObject b);
    }

    /** Sorts the list in place with key (may be null or None) and reverse, as list.sort does. */
    static void sort(Interpreter in, PyList list, PyObject key, boolean reverse) {
        int n = list.size();
        PyObject[] saved = list.toArray();
        PyObject[] placeholder = new PyObject[4];
        list.setAll(placeholder, 0);
        PyObject[] values = saved.clone();
        PyObject[] result = saved;
        boolean ok = false;
        try {
            if (n > 1) {
                PyObject[] keys;
                if (key == null || key == PyNone.NONE) {
                    keys = values;
                    values = null;
                } else {
                    keys = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        keys[i] = in.call(key, values[i]);
                    }
                }
                if (reverse) {
                    reverse(keys, 0, n);
                    if (values != null) {
                        reverse(values, 0, n);
                    }
                }
                if (values == null && allSmallInts(keys, n)) {
                    sortInts(keys, n);
                } else {
                    timsort(keys, values, n, comparator(in, keys, n));
                }
                PyObject[] sorted = values != null ? values : keys;
                if (reverse) {
                    reverse(sorted, 0, n);
                }
                result = sorted;
            }
            ok = true;
        } finally {
            boolean modified = list.rawItems() != placeholder || list.size() != 0;
            list.setAll(result, n);
            if (modified && ok) {
                throw PyErr.valueError("list modified during sort");
            }
        }
    }

    /**
     * Sorts plain ints that fit in a long, stably. When the values' spread leaves room for the
     * position beside it, each item becomes one long (value - min, then position) and a primitive
     * sort orders them: no comparator, no pointer chasing. Otherwise Java's object sort, stable too.
     */
    private static void sortInts(PyObject[] keys, int n) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long v = ((PyInt) keys[i]).value;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        long spread = max - min;
        if (spread < 0 || (spread >>> (63 - indexBits)) != 0) {
            java.util.Arrays.sort(keys, 0, n, INT_ORDER);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((((PyInt) keys[i]).value - min) << indexBits) | i;
        }
        java.util.Arrays.sort(packed);
        PyObject[] original = java.util.Arrays.copyOf(keys, n);
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            keys[i] = original[(int) (packed[i] & mask)];
        }
    }

    private static final java.util.Comparator<PyObject> INT_ORDER =
            (a, b) -> Long.compare(((PyInt) a).value, ((PyInt) b).value);

    private static boolean allSmallInts(PyObject[] keys, int n) {
        for (int i = 0; i < n; i++) {
            if (keys[i].getClass() != PyInt.class || ((PyInt) keys[i]).big != null) {
                return false;
            }
        }
        return true;
    }

    private static Less comparator(Interpreter in, PyObject[] keys, int n) {
        Class<?> kind = keys[0].getClass();
        boolean same = true;
        for (int i = 1; i < n && same; i++) {
            Class<?> c = keys[i].getClass();
            same = c == kind || kind == PyInt.class && c == PyBool.class || kind == PyBool.class && c == PyInt.class;
        }
        if (same && kind == PyStr.class) {
            return (a, b) -> compareStrings(((PyStr) a).value, ((PyStr) b).value) < 0;
        }
        if (same && kind == PyFloat.class) {
            return (a, b) -> ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (same && (kind == PyInt.class || kind == PyBool.class)) {
            return (a, b) -> {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (!x.isBig() && !y.isBig()) {
                    return x.value < y.value;
                }
                return x.toBig().compareTo(y.toBig()) < 0;
            };
        }
        return (a, b) -> Compare.lt(in, a, b);
    }

    /** Compares by code point (Java's compareTo orders surrogates below U+E000..U+FFFF). */
    static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return order(x) - order(y);
            }
        }
        return a.length() - b.length();
    }

    private static int order(char c) {
        return c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void swapBoth(PyObject[] keys, PyObject[] values, int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private static void timsort(PyObject[] keys, PyObject[] values, int n, Less less) {
        int minrun = minrun(n);
        int[] runStart = new int[64];
        int[] runLen = new int[64];
        int runs = 0;
        int lo = 0;
        int remaining = n;
        while (remaining > 0) {
            int len = countRun(keys, values, lo, remaining, less);
            if (len < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(keys, values, lo, force, len, less);
                len = force;
            }
            if (runs == runStart.length) {
                runStart = java.util.Arrays.copyOf(runStart, runs * 2);
                runLen = java.util.Arrays.copyOf(runLen, runs * 2);
            }
            runStart[runs] = lo;
            runLen[runs] = len;
            runs++;
            while (runs > 1 && runLen[runs - 2] <= runLen[runs - 1]) {
                merge(keys, values, runStart[runs - 2], runLen[runs - 2], runLen[runs - 1], less);
                runLen[runs - 2] += runLen[runs - 1];
                runs--;
            }
            lo += len;
            remaining -= len;
        }
        while (runs > 1) {
            merge(keys, values, runStart[runs - 2], runLen[runs - 2], runLen[runs - 1], less);
            runLen[runs - 2] += runLen[runs - 1];
            runs--;
        }
    }

    /** CPython 3.13's count_run: the length of the run at lo, made ascending in place. */
    private static int countRun(PyObject[] k, PyObject[] v, int lo, int remaining, Less less) {
        int n;
        for (n = 1; n < remaining; n++) {
            if (less.lt(k[lo + n], k[lo + n - 1])) {
                break;
            }
        }
        if (n == remaining) {
            return n;
        }
        if (n > 1) {
            if (less.lt(k[lo], k[lo + n - 1])) {
                return n;
            }
            swapBoth(k, v, lo, lo + n);
        }
        n++;
        int neq = 0;
        for (; n < remaining; n++) {
            if (less.lt(k[lo + n], k[lo + n - 1])) {
                if (neq > 0) {
                    neq++;
                    swapBoth(k, v, lo + n - neq, lo + n);
                    neq = 0;
                }
            } else if (less.lt(k[lo + n - 1], k[lo + n])) {
                break;
            } else {
                neq++;
            }
        }
        if (neq > 0) {
            neq++;
            swapBoth(k, v, lo + n - neq, lo + n);
        }
        swapBoth(k, v, lo, lo + n);
        for (; n < remaining; n++) {
            if (less.lt(k[lo + n], k[lo + n - 1])) {
                break;
            }
        }
        return n;
    }

    /** Binary insertion sort of k[lo, lo+n) whose first ok items are sorted. */
    private static void binarySort(PyObject[] k, PyObject[] v, int lo, int n, int ok, Less less) {
        if (ok == 0) {
            ok = 1;
        }
        for (; ok < n; ok++) {
            int l = 0;
            int r = ok;
            PyObject pivot = k[lo + ok];
            do {
                int m = (l + r) >>> 1;
                if (less.lt(pivot, k[lo + m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            } while (l < r);
            System.arraycopy(k, lo + l, k, lo + l + 1, ok - l);
            k[lo + l] = pivot;
            if (v != null) {
                PyObject pv = v[lo + ok];
                System.arraycopy(v, lo + l, v, lo + l + 1, ok - l);
                v[lo + l] = pv;
            }
        }
    }

    /** Stable merge of the adjacent sorted runs [lo, lo+na) and [lo+na, lo+na+nb). */
    private static void merge(PyObject[] k, PyObject[] v, int lo, int na, int nb, Less less) {
        PyObject[] ka = java.util.Arrays.copyOfRange(k, lo, lo + na);
        PyObject[] va = v == null ? null : java.util.Arrays.copyOfRange(v, lo, lo + na);
        int i = 0;
        int j = lo + na;
        int end = lo + na + nb;
        int dest = lo;
        try {
            while (i < na && j < end) {
                if (less.lt(k[j], ka[i])) {
                    if (v != null) {
                        v[dest] = v[j];
                    }
                    k[dest++] = k[j++];
                } else {
                    if (v != null) {
                        v[dest] = va[i];
                    }
                    k[dest++] = ka[i++];
                }
            }
        } finally {
            int rest = na - i;
            System.arraycopy(ka, i, k, dest, rest);
            if (v != null) {
                System.arraycopy(va, i, v, dest, rest);
            }
        }
    }
}
