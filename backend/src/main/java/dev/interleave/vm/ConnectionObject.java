package dev.interleave.vm;

/**
 * One end of a multiprocessing Pipe in one process: it reads from one channel and writes to
 * another (either may be missing for a one-way pipe). It belongs to its process's memory: a
 * fork copies it, and each copy is an open handle of its own, so a reader sees EOF only when
 * every process has closed its copy of the write end (or ended).
 */
final class ConnectionObject extends PyObject {

    static final PyType TYPE = new PyType("Connection", Builtins.OBJECT, true);

    final ChannelObject in;
    final ChannelObject out;
    boolean closed;
    private PyDict dict;

    ConnectionObject(Interpreter interp, ChannelObject in, ChannelObject out) {
        this.in = in;
        this.out = out;
        opened(interp);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** A new handle in {@code interp}'s process (created, forked or unpickled there). */
    void opened(Interpreter interp) {
        if (closed) {
            return;
        }
        held();
        java.util.List<ConnectionObject> open = interp.moduleState("multiprocessing.connections",
                java.util.ArrayList::new);
        open.add(this);
    }

    /** Counts this handle as open, in no process's list (an end on its way to a spawned child). */
    void held() {
        if (closed) {
            return;
        }
        if (out != null) {
            out.writers++;
        }
        if (in != null) {
            in.readers++;
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out != null) {
            out.writerClosed();
        }
        if (in != null) {
            in.readers--;
        }
    }

    /** The process of {@code interp} ended: its handles close. */
    static void closeAll(Interpreter interp) {
        java.util.List<ConnectionObject> open = interp.moduleState("multiprocessing.connections",
                java.util.ArrayList::new);
        for (ConnectionObject c : open) {
            c.close();
        }
        open.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.of(Builtins.OS_ERROR, "handle is closed");
        }
    }

    private static ConnectionObject self(PyObject o) {
        return (ConnectionObject) o;
    }

    /** The channel this end writes to, once it is open, writable, and someone can still read it. */
    private ChannelObject writable(Interpreter in) {
        checkOpen();
        if (out == null) {
            throw PyErr.of(Builtins.OS_ERROR, "connection is read-only");
        }
        if (out.readers == 0) {
            throw OsModule.osError(in, Builtins.BROKEN_PIPE_ERROR, 32, "Broken pipe");
        }
        return out;
    }

    static {
        TYPE.setModule("multiprocessing.connection");
        Methods.def(TYPE, "send", (in, a, k) -> {
            PyObject obj = ClinicArgs.one("send", a, k, 1);
            self(a[0]).writable(in).put(in, obj, -1);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "_send_pickled", (in, a, k) -> {
            self(a[0]).writable(in).put(((PickleBuffer) a[1]).item(), -1);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "recv", (in, a, k) -> {
            ConnectionObject c = self(a[0]);
            ClinicArgs.none("recv", a, k, 1);
            c.checkOpen();
            if (c.in == null) {
                throw PyErr.of(Builtins.OS_ERROR, "connection is write-only");
            }
            PyObject r = c.in.get(in, -1);
            if (r == null) {
                throw PyErr.ofNoArgs(Builtins.EOF_ERROR);
            }
            return r;
        });
        Methods.def(TYPE, "poll", (in, a, k) -> {
            ConnectionObject c = self(a[0]);
            c.checkOpen();
            if (c.in == null) {
                throw PyErr.of(Builtins.OS_ERROR, "connection is write-only");
            }
            PyObject t = a.length > 1 ? a[1] : new PyFloat(0.0);
            return PyBool.of(c.in.poll(ThreadingModule.timeoutArg(in, t)));
        });
        Methods.def(TYPE, "close", (in, a, k) -> {
            self(a[0]).close();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "_closed", (in, a, k) -> PyBool.of(self(a[0]).closed));
        Methods.def(TYPE, "_readable", (in, a, k) -> PyBool.of(self(a[0]).in != null));
        Methods.def(TYPE, "_writable", (in, a, k) -> PyBool.of(self(a[0]).out != null));
    }
}
