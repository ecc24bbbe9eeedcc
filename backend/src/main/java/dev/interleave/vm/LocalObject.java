package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * threading.local (_thread._local): every thread sees its own attribute dictionary. A subclass's
 * __init__ runs again, with the constructor's arguments, the first time another thread uses it.
 */
final class LocalObject extends PyObject {

    static final PyType TYPE = new PyType("_local", Builtins.OBJECT, true);

    private final Interpreter in;
    private final PyType type;
    private final Map<SimThread, PyDict> dicts = new IdentityHashMap<>();
    private PyObject[] args = new PyObject[0];
    private String[] kwnames;

    LocalObject(Interpreter in, PyType type) {
        this.in = in;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        SimThread t = in.machine().current();
        PyDict d = dicts.get(t);
        if (d == null) {
            d = new PyDict();
            dicts.put(t, d);
            PyObject init = type.lookup("__init__");
            if (init != null && init != TYPE.lookup("__init__") && t != creator) {
                PyObject[] full = new PyObject[args.length + 1];
                full[0] = this;
                System.arraycopy(args, 0, full, 1, args.length);
                in.call(init, full, kwnames);
            }
        }
        return d;
    }

    private SimThread creator;

    static {
        TYPE.setModule("_thread");
        TYPE.allocator((in, t, a, k) -> {
            if (a.length > 0 && t.lookup("__init__") == Builtins.OBJECT.lookup("__init__")) {
                throw PyErr.typeError("Initialization arguments are not supported");
            }
            LocalObject l = new LocalObject(in, t);
            l.args = a;
            l.kwnames = k;
            l.creator = in.machine().current();
            return l;
        });
    }
}
