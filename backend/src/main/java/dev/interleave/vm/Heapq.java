package dev.interleave.vm;

/**
 * heapq's heappush and heappop on a list, step for step as CPython's _heapq does them, so
 * items compare in the same order with Python's {@code <} (ties, user {@code __lt__}, the
 * TypeError for items that do not compare) and a failed comparison leaves the list as
 * CPython leaves it.
 */
final class Heapq {
    private Heapq() {}

    static void push(Interpreter in, PyList heap, PyObject item) {
        heap.append(item);
        siftDown(in, heap, 0, heap.size() - 1);
    }

    static PyObject pop(Interpreter in, PyList heap) {
        int n = heap.size();
        if (n == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n == 1) {
            return last;
        }
        PyObject first = heap.get(0);
        heap.set(0, last);
        siftUp(in, heap, 0);
        return first;
    }

    /** The list heappush/heappop need: "heappush() argument 1 must be list, not deque". */
    static PyList list(PyObject o, String fname) {
        if (o instanceof PyList l) {
            return l;
        }
        throw PyErr.typeError(fname + "() argument 1 must be list, not " + ClinicArgs.argType(o));
    }

    /** Moves the item at pos up towards startPos while it is smaller than its parent. */
    private static void siftDown(Interpreter in, PyList heap, int startPos, int pos) {
        int size = heap.size();
        while (pos > startPos) {
            int parentPos = (pos - 1) >> 1;
            boolean less = Compare.lt(in, heap.get(pos), heap.get(parentPos));
            if (size != heap.size()) {
                throw PyErr.runtimeError("list changed size during iteration");
            }
            if (!less) {
                break;
            }
            PyObject parent = heap.get(parentPos);
            heap.set(parentPos, heap.get(pos));
            heap.set(pos, parent);
            pos = parentPos;
        }
    }

    /** Moves the smaller child up until pos is a leaf, then sifts the item there down. */
    private static void siftUp(Interpreter in, PyList heap, int pos) {
        int endPos = heap.size();
        int startPos = pos;
        int limit = endPos >> 1;
        while (pos < limit) {
            int childPos = 2 * pos + 1;
            if (childPos + 1 < endPos) {
                boolean less = Compare.lt(in, heap.get(childPos), heap.get(childPos + 1));
                if (!less) {
                    childPos++;
                }
                if (endPos != heap.size()) {
                    throw PyErr.runtimeError("list changed size during iteration");
                }
            }
            PyObject child = heap.get(childPos);
            heap.set(childPos, heap.get(pos));
            heap.set(pos, child);
            pos = childPos;
        }
        siftDown(in, heap, startPos, pos);
    }
}
