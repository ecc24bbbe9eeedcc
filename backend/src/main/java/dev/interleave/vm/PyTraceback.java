package dev.interleave.vm;

/**
 * A traceback object: one line of an exception's traceback, linked outward-in through
 * {@code tb_next} as in CPython (the outermost frame first).
 */
public final class PyTraceback extends PyObject {

    private final PyBaseException exc;
    /** Position in the exception's traceback list counted from the outermost line. */
    private final int index;

    private PyTraceback(PyBaseException exc, int index) {
        this.exc = exc;
        this.index = index;
    }

    /** The traceback of an exception, or None when it has not been raised. */
    public static PyObject of(PyBaseException exc) {
        return exc.traceback.isEmpty() ? PyNone.NONE : new PyTraceback(exc, 0);
    }

    private PyBaseException.TracebackEntry entry() {
        return exc.traceback.get(exc.traceback.size() - 1 - index);
    }

    @Override
    public PyType type() {
        return Builtins.TRACEBACK;
    }

    static void install() {
        PyType t = Builtins.TRACEBACK;
        Methods.getter(t, "tb_lineno", (in, o) -> {
            PyBaseException.TracebackEntry e = ((PyTraceback) o).entry();
            return PyInt.of(e.code().lineOf(e.instr()));
        });
        Methods.getter(t, "tb_next", (in, o) -> {
            PyTraceback tb = (PyTraceback) o;
            return tb.index + 1 < tb.exc.traceback.size() ? new PyTraceback(tb.exc, tb.index + 1) : PyNone.NONE;
        });
        Methods.getter(t, "tb_frame", (in, o) -> PyNone.NONE);
        Methods.getter(t, "tb_lasti", (in, o) -> PyInt.of(((PyTraceback) o).entry().instr() * 2L));
    }
}
