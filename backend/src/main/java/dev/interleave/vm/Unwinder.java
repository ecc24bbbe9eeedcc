package dev.interleave.vm;

/**
 * Exception unwinding: records traceback lines, finds the innermost handler in the exception
 * table, and pops frames (closing generators) until one handles the exception or a frame
 * entered from Java is left.
 */
final class Unwinder {

    /** Leaves the evaluation loop with an exception for the Java caller. */
    static final class LeaveLoop extends RuntimeException {
        final PyException exception;

        LeaveLoop(PyException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    private final Interpreter in;

    Unwinder(Interpreter in) {
        this.in = in;
    }

    /** RERAISE: the exception goes on without a new traceback line for this frame. */
    static PyException reraise(ThreadState ts, PyBaseException exc) {
        ts.reraising = true;
        return new PyException(exc);
    }

    void unwind(ThreadState ts, PyBaseException exc, boolean fresh) {
        Frame f = ts.top;
        boolean addTb = !ts.reraising;
        ts.reraising = false;
        if (addTb) {
            chainContext(ts, exc);
        }
        boolean shownByCallee = false;
        while (true) {
            if (addTb && !shownByCallee && !f.code.invisible) {
                exc.traceback.add(new PyBaseException.TracebackEntry(f.code, f.instr(), f, shownName(f)));
                f.exposed = true;
            }
            shownByCallee = addTb && f.code.has(PyCode.HIDDEN);
            int[] table = f.code.exceptionTable;
            int at = f.instr();
            for (int i = 0; i < table.length; i += 4) {
                if (at >= table[i] && at < table[i + 1]) {
                    int depth = table[i + 3];
                    for (int k = depth; k < f.stack.length; k++) {
                        f.stack[k] = null;
                    }
                    f.sp = depth;
                    f.stack[f.sp++] = exc;
                    f.pc = table[i + 2];
                    ts.top = f;
                    return;
                }
            }
            ts.depth--;
            Frame caller = f.back;
            f.back = null;
            PyGenerator g = f.gen;
            if (g != null) {
                g.state = PyGenerator.State.CLOSED;
                g.excState = null;
                ts.handled = g.callerHandled;
                exc = stopIterationToRuntimeError(g, exc);
            }
            if (f.mode == Frame.MODE_ENTRY || f.mode == Frame.MODE_ENTRY_GEN) {
                ts.top = caller;
                throw new LeaveLoop(new PyException(exc));
            }
            f = caller;
            ts.top = f;
            addTb = true;
        }
    }

    /** The function a traceback line names: hidden comprehension frames show their caller's. */
    private static String shownName(Frame f) {
        Frame g = f;
        while (g.code.has(PyCode.HIDDEN) && g.back != null) {
            g = g.back;
        }
        return g.code.name;
    }

    /** PEP 479: a StopIteration escaping a generator becomes a RuntimeError. */
    private static PyBaseException stopIterationToRuntimeError(PyGenerator g, PyBaseException exc) {
        boolean stop = exc.isInstance(Builtins.STOP_ITERATION)
                || g.kind == Builtins.ASYNC_GENERATOR && exc.isInstance(Builtins.STOP_ASYNC_ITERATION);
        if (!stop) {
            return exc;
        }
        String what = exc.isInstance(Builtins.STOP_ITERATION) ? "StopIteration" : "StopAsyncIteration";
        PyBaseException r = PyErr.runtimeError(g.noun() + " raised " + what).exc;
        r.cause = exc;
        r.context = exc;
        r.suppressContext = true;
        return r;
    }

    /** Implicit chaining: an exception raised while another is handled gets it as __context__. */
    static void chainContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handled;
        if (handled == null || handled == exc) {
            return;
        }
        PyBaseException o = handled;
        while (o != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        exc.context = handled;
    }
}
