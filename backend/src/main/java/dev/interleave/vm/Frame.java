package dev.interleave.vm;

/**
 * One activation of a code object, kept on the heap so that a thread, generator or coroutine
 * can stop between any two instructions and resume later.
 */
public final class Frame {

    /** The caller gets the result pushed on its stack. */
    static final int MODE_PUSH = 0;
    /** The result leaves the evaluation loop (a call from Java). */
    static final int MODE_ENTRY = 1;
    /** An __init__ call: the result must be None and the new instance is pushed instead. */
    static final int MODE_INIT = 2;
    /** A generator resumed by FOR_ITER: a yield pushes the item, a return ends the loop. */
    static final int MODE_FOR_ITER = 3;
    /** A generator resumed by SEND (yield from, await). */
    static final int MODE_SEND = 4;
    /** A generator resumed by a call of send() or __next__(): a return raises StopIteration. */
    static final int MODE_CALL_SEND = 5;
    /** A generator resumed from Java: a yield or a return leaves the evaluation loop. */
    static final int MODE_ENTRY_GEN = 6;

    final PyCode code;
    final PyObject[] locals;
    final PyCell[] cells;
    final PyObject[] stack;
    final PyDict globals;
    final PyDict builtins;
    /** The namespace of a module or class body (NAME_LOCALS), else null. */
    PyDict localsDict;
    int sp;
    /** The next instruction to run; the one running now (or last run) is pc - 1. */
    int pc;
    Frame back;
    int mode;
    int modeArg;
    PyObject initSelf;
    PyGenerator gen;
    /** The function this frame runs, when it runs one. */
    PyFunction func;
    /**
     * Whether something outside the thread's stack of frames holds this frame (an exception's
     * traceback, a frame object): then it is never reused for another call (see {@link PyCode#spare}).
     */
    boolean exposed;

    Frame(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = new PyObject[code.varnames.length];
        int ncells = code.cellvars.length + code.freevars.length;
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
        this.stack = new PyObject[code.stacksize + 1];
    }

    private static final PyCell[] NO_CELLS = new PyCell[0];

    /**
     * Keeps this frame, which returned normally, as its code's {@link PyCode#spare} for the next
     * call, unless something else holds it. Everything it referred to is let go first, as
     * CPython frees a finished frame: nothing stays reachable (weak references, a manager's
     * registry) through a frame kept for reuse.
     */
    void recycle() {
        if (exposed || !code.simple) {
            return;
        }
        java.util.Arrays.fill(locals, null);
        java.util.Arrays.fill(stack, null);
        java.util.Arrays.fill(cells, null);
        func = null;
        initSelf = null;
        localsDict = null;
        code.spare = this;
    }

    public PyCode code() {
        return code;
    }

    public Frame back() {
        return back;
    }

    /** The source line of the instruction running now. */
    public int line() {
        return code.lineOf(pc - 1);
    }

    /** The instruction running now, for tracebacks. */
    int instr() {
        return pc - 1;
    }

    public PyDict globals() {
        return globals;
    }

    /** The first local (self in a method), or null. */
    PyObject firstLocal() {
        return locals.length > 0 ? locals[0] : null;
    }
}
