package dev.interleave.vm;

/**
 * CPython's algorithms for the set operations over {@link PySet}'s table (set_intersection,
 * set_difference, set_symmetric_difference_update, set_issubset, set_isdisjoint). The order in
 * which each one inserts decides the result's layout, hence its iteration order.
 */
final class SetAlgebra {
    private SetAlgebra() {}

    /** set_intersection: the result has {@code self}'s kind. */
    static PySet intersection(Interpreter in, PySet self, PyObject other) {
        if (other == self) {
            return self.copy();
        }
        PySet result = new PySet(self.frozen);
        if (other instanceof PySet os) {
            PySet big = self;
            PySet small = os;
            if (os.used > self.used) {
                big = os;
                small = self;
            }
            for (int e = small.nextEntry(0); e >= 0; e = small.nextEntry(e + 1)) {
                PyObject k = small.keys[e];
                long h = small.hashes[e];
                if (big.containsEntry(in, k, h)) {
                    result.addEntry(in, k, h);
                }
            }
            return result;
        }
        PyObject it = Ops.iter(in, other);
        for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
            long h = Ops.pyHash(in, k);
            if (self.containsEntry(in, k, h)) {
                result.addEntry(in, k, h);
                if (result.used >= self.used) {
                    break;
                }
            }
        }
        return result;
    }

    /** set_difference_update_internal. */
    static void differenceUpdate(Interpreter in, PySet self, PyObject other) {
        if (other == self) {
            self.clear();
            return;
        }
        if (other instanceof PySet os) {
            PySet src = (os.used >> 3) > self.used ? intersection(in, self, os) : os;
            for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                self.discardEntry(in, src.keys[e], src.hashes[e]);
            }
        } else {
            PyObject it = Ops.iter(in, other);
            for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
                self.discard(in, k);
            }
        }
        self.shrinkIfManyDummies();
    }

    /** set_difference: the result has {@code self}'s kind. */
    static PySet difference(Interpreter in, PySet self, PyObject other) {
        int otherSize;
        if (other instanceof PySet os) {
            otherSize = os.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PySet r = self.copy();
            differenceUpdate(in, r, other);
            return r;
        }
        if ((self.used >> 2) > otherSize) {
            PySet r = self.copy();
            differenceUpdate(in, r, other);
            return r;
        }
        PySet result = new PySet(self.frozen);
        for (int e = self.nextEntry(0); e >= 0; e = self.nextEntry(e + 1)) {
            PyObject k = self.keys[e];
            long h = self.hashes[e];
            boolean present = other instanceof PySet os ? os.containsEntry(in, k, h)
                    : ((PyDict) other).containsKey(in, k);
            if (!present) {
                result.addEntry(in, k, h);
            }
        }
        return result;
    }

    /** set_symmetric_difference_update_set. */
    static void symmetricUpdateSet(Interpreter in, PySet self, PySet other) {
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            PyObject k = other.keys[e];
            long h = other.hashes[e];
            if (!self.discardEntry(in, k, h)) {
                self.addEntry(in, k, h);
            }
        }
    }

    /** set.symmetric_difference_update(other) for any iterable. */
    static void symmetricDifferenceUpdate(Interpreter in, PySet self, PyObject other) {
        if (other == self) {
            self.clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject k = d.keyAt(e);
                long h = Ops.pyHash(in, k);
                if (!self.discardEntry(in, k, h)) {
                    self.addEntry(in, k, h);
                }
            }
        } else if (other instanceof PySet os) {
            symmetricUpdateSet(in, self, os);
        } else {
            PySet tmp = new PySet(self.frozen);
            tmp.update(in, other);
            symmetricUpdateSet(in, self, tmp);
        }
    }

    /** set_issubset: for other iterables, compares the intersection's size. */
    static boolean isSubset(Interpreter in, PySet self, PyObject other) {
        if (!(other instanceof PySet os)) {
            return intersection(in, self, other).used == self.used;
        }
        if (self.used > os.used) {
            return false;
        }
        for (int e = self.nextEntry(0); e >= 0; e = self.nextEntry(e + 1)) {
            if (!os.containsEntry(in, self.keys[e], self.hashes[e])) {
                return false;
            }
        }
        return true;
    }

    /** set_isdisjoint. */
    static boolean isDisjoint(Interpreter in, PySet self, PyObject other) {
        if (other == self) {
            return self.used == 0;
        }
        if (other instanceof PySet os) {
            PySet big = self;
            PySet small = os;
            if (os.used > self.used) {
                big = os;
                small = self;
            }
            for (int e = small.nextEntry(0); e >= 0; e = small.nextEntry(e + 1)) {
                if (big.containsEntry(in, small.keys[e], small.hashes[e])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Ops.iter(in, other);
        for (PyObject k = Ops.next(in, it); k != null; k = Ops.next(in, it)) {
            if (self.contains(in, k)) {
                return false;
            }
        }
        return true;
    }
}
