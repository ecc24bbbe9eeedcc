package dev.interleave.vm;

/**
 * A frame as a program sees it: the second argument of a signal handler, sys._getframe(). A view
 * of a {@link Frame} that is running or suspended: its line, code, caller, globals and locals.
 * Frames the engine runs invisibly (its own C-level helpers) are skipped, as C frames are.
 */
final class PyFrameObject extends PyObject {

    final Frame frame;

    private PyFrameObject(Frame frame) {
        this.frame = frame;
        for (Frame f = frame; f != null; f = f.back) {
            f.exposed = true; // f_back reaches the callers later: none of them may be reused
        }
    }

    @Override
    public PyType type() {
        return Builtins.FRAME;
    }

    /** The frame object of {@code f} or of the first visible frame below it; None when there is none. */
    static PyObject of(Frame f) {
        Frame v = visible(f);
        return v == null ? PyNone.NONE : new PyFrameObject(v);
    }

    static Frame visible(Frame f) {
        while (f != null && f.code.invisible) {
            f = f.back;
        }
        return f;
    }

    /** The frame's namespace: locals() of a function, the dict of a module or class body. */
    static PyDict locals(Frame f) {
        if (f.localsDict != null) {
            return f.localsDict;
        }
        if (f.code.name.equals("<module>")) {
            return f.globals; // a module's body: its namespace is its globals
        }
        PyDict d = new PyDict();
        PyCode c = f.code;
        for (int i = 0; i < c.varnames.length; i++) {
            if (f.locals[i] != null) {
                d.putStr(c.varnames[i], f.locals[i]);
            }
        }
        int ncell = c.cellvars.length;
        for (int i = 0; i < f.cells.length; i++) {
            PyCell cell = f.cells[i];
            if (cell != null && cell.value != null) {
                d.putStr(i < ncell ? c.cellvars[i] : c.freevars[i - ncell], cell.value);
            }
        }
        return d;
    }

    private static Frame frameOf(PyObject o) {
        return ((PyFrameObject) o).frame;
    }

    static void install() {
        PyType t = Builtins.FRAME;
        Methods.getter(t, "f_lineno", (in, o) -> PyInt.of(frameOf(o).line()));
        Methods.getter(t, "f_lasti", (in, o) -> PyInt.of(Math.max(0, frameOf(o).pc - 1) * 2L));
        Methods.getter(t, "f_code", (in, o) -> frameOf(o).code);
        Methods.getter(t, "f_back", (in, o) -> of(frameOf(o).back));
        Methods.getter(t, "f_globals", (in, o) -> frameOf(o).globals);
        Methods.getter(t, "f_builtins", (in, o) -> frameOf(o).builtins);
        Methods.getter(t, "f_locals", (in, o) -> locals(frameOf(o)));
        Methods.def(t, "__repr__", (in, a, k) -> {
            Frame f = frameOf(a[0]);
            return PyStr.of("<frame at " + Ops.addr(in, a[0]) + ", file '" + f.code.source.name() + "', line "
                    + f.line() + ", code " + f.code.name + ">");
        });
    }
}
