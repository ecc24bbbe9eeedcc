package dev.interleave.vm;

import static dev.interleave.vm.Opcode.CALL;
import static dev.interleave.vm.Opcode.CALL_KW;

/**
 * Frame switching for the loop: calls that run Python code push a frame, returns and yields pop
 * one, and generators are resumed in place. Everything else is called through {@link Calls}.
 */
final class Frames {

    private final Interpreter in;

    Frames(Interpreter in) {
        this.in = in;
    }

    /** A new frame for a call of {@code fn}, arguments bound; not linked yet. */
    Frame newFrame(PyFunction fn, PyObject self, PyObject[] args, int off, int n, String[] kwnames) {
        Frame fr = new Frame(fn.code, fn.globals, in.builtinsDict());
        fr.func = fn;
        ArgBinder.bind(in, fn, fr.locals, self, args, off, n, kwnames);
        PyCode c = fn.code;
        int ncell = c.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            int a = c.cellArgs[i];
            fr.cells[i] = new PyCell(a >= 0 ? fr.locals[a] : null);
        }
        for (int i = 0; i < c.freevars.length; i++) {
            fr.cells[ncell + i] = fn.closure[i];
        }
        return fr;
    }

    /** A frame for a simple function (see {@link PyCode#simple}) given exactly its arguments. */
    private Frame simpleFrame(PyFunction fn, PyObject self, PyObject[] args, int off, int n) {
        PyCode c = fn.code;
        PyDict builtins = in.builtinsDict();
        Frame nf = c.spare;
        if (nf != null && nf.globals == fn.globals && nf.builtins == builtins) {
            c.spare = null; // cleared when it was kept (Frame.recycle)
            nf.sp = 0;
            nf.pc = 0;
            nf.mode = Frame.MODE_PUSH;
            nf.modeArg = 0;
        } else {
            nf = new Frame(c, fn.globals, builtins);
        }
        nf.func = fn;
        if (self != null) {
            nf.locals[0] = self;
            System.arraycopy(args, off, nf.locals, 1, n);
        } else {
            System.arraycopy(args, off, nf.locals, 0, n);
        }
        if (fn.closure != null) {
            System.arraycopy(fn.closure, 0, nf.cells, 0, fn.closure.length);
        }
        return nf;
    }

    /** Calling a generator function makes the generator without running it. */
    static PyGenerator makeGenerator(Frame fr) {
        PyCode c = fr.code;
        PyType kind = c.has(PyCode.COROUTINE) ? Builtins.COROUTINE
                : c.has(PyCode.ASYNC_GENERATOR) ? Builtins.ASYNC_GENERATOR : Builtins.GENERATOR;
        PyGenerator g = new PyGenerator(fr, kind);
        if (fr.func != null) {
            g.name = fr.func.name;
            g.qualname = fr.func.qualname;
        }
        return g;
    }

    private void push(ThreadState ts, Frame caller, Frame callee, int mode) {
        if (ts.depth >= in.recursionLimit()) {
            throw PyErr.recursion();
        }
        callee.back = caller;
        callee.mode = mode;
        ts.depth++;
        ts.top = callee;
    }

    /** CALL, CALL_KW and CALL_FUNCTION_EX: returns the frame to continue in. */
    Frame call(ThreadState ts, Frame f, int op, int arg) {
        if (op == CALL) {
            Frame fast = fastCall(ts, f, arg);
            if (fast != null) {
                return fast;
            }
        }
        PyObject[] st = f.stack;
        int sp = f.sp;
        String[] kwnames = null;
        PyObject[] args;
        int off;
        int n;
        int base;
        if (op == CALL || op == CALL_KW) {
            if (op == CALL_KW) {
                PyTuple names = (PyTuple) st[--sp];
                st[sp] = null;
                kwnames = new String[names.size()];
                for (int i = 0; i < kwnames.length; i++) {
                    kwnames[i] = ((PyStr) names.get(i)).value;
                }
            }
            n = arg;
            base = sp - n - 2;
            args = st;
            off = base + 2;
        } else {
            PyObject kw = (arg & 1) != 0 ? st[--sp] : null;
            PyObject posArgs = st[--sp];
            base = sp - 2;
            PyObject[] pos = ((PyTuple) posArgs).items;
            if (kw != null && ((PyDict) kw).size() > 0) {
                PyDict d = (PyDict) kw;
                kwnames = new String[d.size()];
                args = new PyObject[pos.length + kwnames.length];
                System.arraycopy(pos, 0, args, 0, pos.length);
                int k = 0;
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    PyObject key = d.keyAt(e);
                    if (!(key instanceof PyStr ks)) {
                        throw PyErr.typeError("keywords must be strings");
                    }
                    kwnames[k] = ks.value;
                    args[pos.length + k] = d.valueAt(e);
                    k++;
                }
            } else {
                args = pos;
            }
            off = 0;
            n = args.length;
        }
        PyObject callable = st[base];
        PyObject self = st[base + 1];
        Frame next = dispatch(ts, f, callable, self, args, off, n, kwnames, base);
        if (next == null) {
            return f;
        }
        return next;
    }

    /**
     * The commonest calls without the general dispatch: a Python function given exactly its
     * positional parameters (a frame is pushed), and a native or a builtin type without keywords
     * (called at once, its result pushed). Returns null when the call needs the general path.
     */
    private Frame fastCall(ThreadState ts, Frame f, int nargs) {
        PyObject[] stack = f.stack;
        int base = f.sp - nargs - 2;
        PyObject callable = stack[base];
        PyObject self = stack[base + 1];
        PyFunction fn = null;
        if (callable instanceof PyFunction pf) {
            fn = pf;
        } else if (self == null && callable instanceof PyBoundMethod bm && bm.func instanceof PyFunction pf) {
            fn = pf;
            self = bm.self;
        }
        int n = self != null ? nargs + 1 : nargs;
        if (fn != null) {
            PyCode c = fn.code;
            if (!c.simple || c.argcount != n || ts.depth >= in.recursionLimit()) {
                return null;
            }
            Frame nf = simpleFrame(fn, self, stack, base + 2, nargs);
            f.sp = base;
            nf.back = f;
            ts.depth++;
            ts.top = nf;
            return nf;
        }
        if (callable instanceof PyBuiltinFunction bf && Fast.directNative(bf, self, stack, base, nargs)) {
            PyObject[] a = new PyObject[n];
            if (self != null) {
                a[0] = self;
                System.arraycopy(stack, base + 2, a, 1, nargs);
            } else {
                System.arraycopy(stack, base + 2, a, 0, nargs);
            }
            PyObject r = bf.code.call(in, a, null);
            f.sp = base;
            stack[f.sp++] = r;
            return f;
        }
        if (self == null && callable instanceof PyType t && !t.isBuiltin()) { // Point(1, 2): __init__ runs in place
            Frame init = construct(ts, f, t, stack, base + 2, nargs, null, base);
            return init != null ? init : f;
        }
        if (self == null && callable instanceof PyType t && t.isBuiltin()) { // str(x), int(s), list(it), ...
            PyObject[] a = new PyObject[nargs];
            System.arraycopy(stack, base + 2, a, 0, nargs);
            PyObject r = Calls.callType(in, t, a, null);
            f.sp = base;
            stack[f.sp++] = r;
            return f;
        }
        return null;
    }

    /** Pops the call's stack slots; either links a frame (returned) or pushes the result (null returned). */
    private Frame dispatch(ThreadState ts, Frame f, PyObject callable, PyObject self, PyObject[] args, int off, int n,
                           String[] kwnames, int base) {
        PyFunction fn = null;
        if (callable instanceof PyFunction pf) {
            fn = pf;
        } else if (callable instanceof PyBoundMethod bm && bm.func instanceof PyFunction pf && self == null) {
            fn = pf;
            self = bm.self;
        }
        if (fn != null) {
            Frame nf = newFrame(fn, self, args, off, n, kwnames);
            clearCall(f, base);
            if (fn.code.isGeneratorLike()) {
                f.stack[f.sp++] = makeGenerator(nf);
                return null;
            }
            push(ts, f, nf, Frame.MODE_PUSH);
            return nf;
        }
        if (callable instanceof PyType t && !t.isBuiltin() && self == null) {
            return construct(ts, f, t, args, off, n, kwnames, base);
        }
        if (callable instanceof PyBuiltinFunction bf && bf.owner != null && self instanceof PyGenerator g
                && (bf.owner == Builtins.GENERATOR || bf.owner == Builtins.COROUTINE)) {
            Frame r = generatorMethod(ts, f, bf.name, g, args, off, n, kwnames, base);
            if (r != null) {
                return r;
            }
        }
        if (callable instanceof PyBuiltinFunction bf && bf.owner == null && self == null && n == 1
                && kwnames == null && bf.name.equals("next") && args[off] instanceof PyGenerator g
                && g.kind == Builtins.GENERATOR) {
            clearCall(f, base);
            if (!link(ts, f, g, PyNone.NONE, Frame.MODE_CALL_SEND, 0, false)) {
                throw PyErr.stopIteration(null);
            }
            return ts.top;
        }
        PyObject[] full = collect(self, args, off, n);
        PyObject result = Calls.call(in, callable, full, kwnames);
        clearCall(f, base);
        f.stack[f.sp++] = result;
        return null;
    }

    private static PyObject[] collect(PyObject self, PyObject[] args, int off, int n) {
        PyObject[] full = new PyObject[n + (self != null ? 1 : 0)];
        int j = 0;
        if (self != null) {
            full[j++] = self;
        }
        System.arraycopy(args, off, full, j, n);
        return full;
    }

    /**
     * Drops the callable, self and arguments of a call. The slots are not cleared: the next
     * pushes overwrite them, and a frame's stack dies with the frame.
     */
    private static void clearCall(Frame f, int base) {
        f.sp = base;
    }

    /** Instantiates a class defined by the program, running a Python __init__ in place. */
    private Frame construct(ThreadState ts, Frame f, PyType t, PyObject[] args, int off, int n, String[] kwnames,
                            int base) {
        PyFunction initFn = TypeSite.plainInit(f.code, f.pc - 1, t);
        if (initFn == null) {
            PyObject result = Calls.callType(in, t, collect(null, args, off, n), kwnames);
            clearCall(f, base);
            f.stack[f.sp++] = result;
            return null;
        }
        PyObject instance = t.allocator() == Builtins.OBJECT.allocator() ? new PyInstance(t)
                : Calls.allocate(in, t, collect(null, args, off, n), kwnames);
        Frame nf;
        PyCode c = initFn.code;
        if (kwnames == null && c.simple && c.argcount == n + 1) {
            nf = simpleFrame(initFn, instance, args, off, n);
        } else {
            nf = newFrame(initFn, instance, args, off, n, kwnames);
        }
        clearCall(f, base);
        nf.initSelf = instance;
        push(ts, f, nf, Frame.MODE_INIT);
        return nf;
    }

    private Frame generatorMethod(ThreadState ts, Frame f, String name, PyGenerator g, PyObject[] args, int off,
                                  int n, String[] kwnames, int base) {
        if (kwnames != null) {
            return null;
        }
        switch (name) {
            case "send" -> {
                if (n != 1) {
                    return null;
                }
                PyObject v = args[off];
                clearCall(f, base);
                if (!link(ts, f, g, v, Frame.MODE_CALL_SEND, 0, false)) {
                    throw PyErr.stopIteration(null);
                }
                return ts.top;
            }
            case "__next__" -> {
                if (n != 0) {
                    return null;
                }
                clearCall(f, base);
                if (!link(ts, f, g, PyNone.NONE, Frame.MODE_CALL_SEND, 0, false)) {
                    throw PyErr.stopIteration(null);
                }
                return ts.top;
            }
            case "throw" -> {
                if (n < 1 || n > 3 || g.state == PyGenerator.State.SUSPENDED && delegate(g.frame) != null) {
                    return null;
                }
                PyBaseException exc = Raise.throwArgument(in, args, off, n);
                clearCall(f, base);
                if (!link(ts, f, g, null, Frame.MODE_CALL_SEND, 0, true)) {
                    throw new PyException(exc);
                }
                throw new PyException(exc);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Links a generator's frame above {@code caller} to resume it. {@code sent} is pushed as the
     * value of the paused yield (ignored when throwing). Returns false when the generator is
     * already finished (nothing linked).
     */
    boolean link(ThreadState ts, Frame caller, PyGenerator g, PyObject sent, int mode, int modeArg, boolean throwing) {
        switch (g.state) {
            case RUNNING -> throw PyErr.valueError(g.noun() + " already executing");
            case CLOSED -> {
                if (g.kind == Builtins.COROUTINE && !throwing) {
                    throw PyErr.runtimeError("cannot reuse already awaited coroutine");
                }
                return false;
            }
            case CREATED -> {
                if (!throwing && sent != PyNone.NONE) {
                    throw PyErr.typeError("can't send non-None value to a just-started " + g.noun());
                }
            }
            case SUSPENDED -> {
                if (!throwing) {
                    g.frame.stack[g.frame.sp++] = sent;
                }
            }
        }
        push(ts, caller, g.frame, mode);
        g.frame.modeArg = modeArg;
        g.state = PyGenerator.State.RUNNING;
        g.callerHandled = ts.handled;
        ts.handled = g.excState;
        return true;
    }

    /**
     * What a suspended generator frame delegates to (yield from / await: paused at the
     * YIELD_VALUE of a send loop, the subiterator on its stack), or null.
     */
    static PyObject delegate(Frame f) {
        int[] code = f.code.code;
        int pc = f.pc;
        if (pc <= 0 || pc >= code.length || f.sp == 0 || (code[pc - 1] & 0xFF) != Opcode.YIELD_VALUE
                || (code[pc] & 0xFF) != Opcode.JUMP) {
            return null;
        }
        int loop = code[pc] >>> 8;
        return loop < code.length && (code[loop] & 0xFF) == Opcode.SEND ? f.stack[f.sp - 1] : null;
    }

    /**
     * The subiterator of a delegating frame finished: drop it and go on after the send loop, where
     * the value the frame is resumed with is the result of the yield from / await.
     */
    static void endDelegation(Frame f) {
        int[] code = f.code.code;
        int loop = code[f.pc] >>> 8;
        f.stack[--f.sp] = null;
        f.pc = code[loop] >>> 8;
    }

    /** SEND: [subiter sent] -> continue with a yielded value, or jump with the result. */
    Frame send(ThreadState ts, Frame f, int target) {
        PyObject[] st = f.stack;
        PyObject sub = st[f.sp - 2];
        PyObject sent = st[f.sp - 1];
        if (sub instanceof PyGenerator g && g.kind != Builtins.ASYNC_GENERATOR) {
            st[--f.sp] = null;
            if (link(ts, f, g, sent, Frame.MODE_SEND, target, false)) {
                return ts.top;
            }
            st[f.sp - 1] = PyNone.NONE;
            f.pc = target;
            return f;
        }
        PyObject v;
        try {
            v = sent == PyNone.NONE ? Calls.call(in, Attr.get(in, sub, "__next__"), new PyObject[0], null)
                    : in.callMethod(sub, "send", sent);
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.STOP_ITERATION)) {
                st[--f.sp] = null;
                PyObject r = e.exc.args.size() > 0 ? e.exc.args.get(0) : PyNone.NONE;
                st[f.sp - 1] = r;
                f.pc = target;
                return f;
            }
            throw e;
        }
        st[f.sp - 1] = v;
        return f;
    }

    /** RETURN_VALUE: returns the frame to continue in, or null to leave the loop. */
    Frame doReturn(ThreadState ts, Frame f, PyObject v) {
        ts.depth--;
        Frame caller = f.back;
        f.back = null;
        PyGenerator g = f.gen;
        if (g != null) {
            g.state = PyGenerator.State.CLOSED;
            g.excState = null;
            ts.handled = g.callerHandled;
        }
        ts.top = caller;
        switch (f.mode) {
            case Frame.MODE_ENTRY -> {
                ts.result = v;
                return null;
            }
            case Frame.MODE_ENTRY_GEN -> {
                ts.result = v;
                ts.yielded = false;
                return null;
            }
            case Frame.MODE_INIT -> {
                if (v != PyNone.NONE) {
                    throw PyErr.typeError("__init__() should return None, not '" + v.type().name() + "'");
                }
                caller.stack[caller.sp++] = f.initSelf;
                f.recycle(); // as EvalLoop's return does for other calls
            }
            case Frame.MODE_FOR_ITER -> {
                caller.stack[--caller.sp] = null;
                caller.pc = f.modeArg;
            }
            case Frame.MODE_SEND -> {
                caller.stack[caller.sp - 1] = v;
                caller.pc = f.modeArg;
            }
            case Frame.MODE_CALL_SEND -> throw PyErr.stopIteration(v);
            default -> caller.stack[caller.sp++] = v;
        }
        return caller;
    }

    /** YIELD_VALUE: hands the value to whoever resumed the generator. */
    Frame doYield(ThreadState ts, Frame f, PyObject v) {
        ts.depth--;
        Frame caller = f.back;
        f.back = null;
        PyGenerator g = f.gen;
        g.state = PyGenerator.State.SUSPENDED;
        g.excState = ts.handled;
        ts.handled = g.callerHandled;
        ts.top = caller;
        switch (f.mode) {
            case Frame.MODE_ENTRY_GEN -> {
                ts.result = v;
                ts.yielded = true;
                return null;
            }
            default -> caller.stack[caller.sp++] = v;
        }
        return caller;
    }
}
