package dev.interleave.vm;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The items of a FIFO queue.Queue, which CPython keeps in a collections.deque and shows as
 * the queue's {@code queue} attribute. This is that deque, live, with the part of deque's
 * interface programs use on it: len, iteration, indexing, {@code in}, repr, append,
 * appendleft, pop, popleft and clear.
 */
final class QueueDeque extends PyObject {

    static final PyType TYPE = new PyType("deque", Builtins.OBJECT, true).finalType();

    final ArrayDeque<PyObject> items = new ArrayDeque<>();

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A copy of the items, front first. */
    PyList snapshot() {
        return PyList.of(items.toArray(new PyObject[0]));
    }

    private static QueueDeque self(PyObject[] a) {
        return (QueueDeque) a[0];
    }

    private static PyException empty() {
        return PyErr.indexError("pop from an empty deque");
    }

    static {
        TYPE.setModule("collections");
        Methods.def(TYPE, "__len__", (in, a, k) -> PyInt.of(self(a).items.size()));
        Methods.def(TYPE, "__iter__", (in, a, k) -> Ops.iter(in, self(a).snapshot()));
        Methods.def(TYPE, "__contains__", (in, a, k) -> {
            PyObject x = ClinicArgs.one("deque.__contains__", a, k, 1);
            for (PyObject item : self(a).items.toArray(new PyObject[0])) {
                if (Compare.keyEquals(in, item, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        Methods.def(TYPE, "__getitem__", (in, a, k) -> {
            QueueDeque d = self(a);
            long i = Ops.index(in, ClinicArgs.one("deque.__getitem__", a, k, 1));
            int n = d.items.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErr.indexError("deque index out of range");
            }
            Iterator<PyObject> it = d.items.iterator();
            for (long j = 0; j < i; j++) {
                it.next();
            }
            return it.next();
        });
        Methods.def(TYPE, "__repr__", (in, a, k) -> {
            StringBuilder sb = new StringBuilder("deque([");
            boolean first = true;
            for (PyObject item : self(a).items.toArray(new PyObject[0])) {
                sb.append(first ? "" : ", ").append(Ops.repr(in, item));
                first = false;
            }
            return PyStr.of(sb.append("])").toString());
        });
        Methods.def(TYPE, "append", (in, a, k) -> {
            self(a).items.addLast(ClinicArgs.one("deque.append", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(TYPE, "appendleft", (in, a, k) -> {
            self(a).items.addFirst(ClinicArgs.one("deque.appendleft", a, k, 1));
            return PyNone.NONE;
        });
        Methods.def(TYPE, "pop", (in, a, k) -> {
            ClinicArgs.none("deque.pop", a, k, 1);
            PyObject v = self(a).items.pollLast();
            if (v == null) {
                throw empty();
            }
            return v;
        });
        Methods.def(TYPE, "popleft", (in, a, k) -> {
            ClinicArgs.none("deque.popleft", a, k, 1);
            PyObject v = self(a).items.pollFirst();
            if (v == null) {
                throw empty();
            }
            return v;
        });
        Methods.def(TYPE, "clear", (in, a, k) -> {
            ClinicArgs.none("deque.clear", a, k, 1);
            self(a).items.clear();
            return PyNone.NONE;
        });
    }
}
