package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * multiprocessing.util's after-fork registry: pairs of an object and a callback, holding the
 * object weakly as CPython's WeakValueDictionary does. There is no garbage collector, so the
 * weakness shows where it matters, at a fork: the child's copy keeps only the pairs whose object
 * the fork copied anyway, reachable from the rest of the process ({@link ObjectCopier}). A proxy
 * the program dropped is not increfed again in every child.
 */
final class WeakRegistry extends PyObject {

    static final PyType TYPE = new PyType("WeakRegistry", Builtins.OBJECT, true);

    /** Object and callback, in registration order. */
    final List<PyObject[]> entries = new ArrayList<>();

    @Override
    public PyType type() {
        return TYPE;
    }

    private static WeakRegistry self(PyObject o) {
        return (WeakRegistry) o;
    }

    static {
        TYPE.setModule("multiprocessing.util");
        Methods.def(TYPE, "add", (in, a, k) -> {
            self(a[0]).entries.add(new PyObject[] {a[1], a[2]});
            return PyNone.NONE;
        });
        Methods.def(TYPE, "items", (in, a, k) -> {
            PyList l = new PyList();
            for (PyObject[] e : self(a[0]).entries) {
                l.append(PyTuple.of(e[0], e[1]));
            }
            return l;
        });
    }
}
