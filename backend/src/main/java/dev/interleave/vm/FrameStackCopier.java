package dev.interleave.vm;

/**
 * os.fork's copy of the forking thread's Python stack: every frame from the running one down to
 * the thread's first (value stacks, locals, cells, exception state, iterators and generators in
 * flight, all through the fork's {@link ObjectCopier}, so they stay the same objects as the rest
 * of the copied memory), with the fork() call in the top frame completed by 0, so that the child
 * resumes right after it. Only a stack that is Python all the way down can be copied: a frame
 * entered from Java (a key function called by sorted, a __repr__ called by print, a signal
 * handler...) has Java frames under it that a copy cannot carry, and fork raises instead.
 */
final class FrameStackCopier {

    private FrameStackCopier() {}

    /** A copied stack: its top frame, its depth, and the exception being handled. */
    record Copy(Frame top, int depth, PyBaseException handled) {}

    /**
     * RuntimeError unless the stack of {@code ts} can be copied: the running frame is calling
     * {@code callee} itself (not a builtin that calls it back), and no frame below was entered
     * from Java.
     */
    static void check(ThreadState ts, PyObject callee) {
        Frame top = ts.top;
        if (top == null || !atCall(top) || top.stack[callBase(top)] != callee) {
            throw cannot("it is called by a builtin, not by Python code");
        }
        for (Frame f = top; f.back != null; f = f.back) {
            if (f.mode == Frame.MODE_ENTRY || f.mode == Frame.MODE_ENTRY_GEN) {
                String what = f.func != null ? f.func.qualname + "()" : f.code.name;
                throw cannot(what + " was called by a builtin (line " + f.back.line()
                        + "), whose native frames a fork cannot copy");
            }
        }
    }

    private static PyException cannot(String why) {
        return PyErr.runtimeError("os.fork() cannot run here: " + why);
    }

    private static boolean atCall(Frame f) {
        int op = f.pc > 0 ? f.code.code[f.pc - 1] & 0xFF : -1;
        return op == Opcode.CALL || op == Opcode.CALL_KW || op == Opcode.CALL_FUNCTION_EX;
    }

    /** The stack of {@code ts} copied with {@code c}, the fork() call in its top frame returning 0. */
    static Copy copy(ObjectCopier c, ThreadState ts) {
        Frame top = c.copy(ts.top);
        PyBaseException handled = c.copy(ts.handled);
        completeCall(top, PyInt.of(0));
        return new Copy(top, ts.depth, handled);
    }

    /**
     * Pops the call that is in progress in {@code f} (callable, self or NULL, the arguments and
     * any keyword names, still on its value stack while the call runs) and pushes {@code result}.
     */
    private static void completeCall(Frame f, PyObject result) {
        int base = callBase(f);
        for (int i = base; i < f.sp; i++) {
            f.stack[i] = null;
        }
        f.sp = base;
        f.stack[f.sp++] = result;
    }

    /** Where the call running in {@code f} starts on its value stack: the callable's slot. */
    private static int callBase(Frame f) {
        int ins = f.code.code[f.pc - 1];
        int arg = ins >>> 8;
        int slots = switch (ins & 0xFF) {
            case Opcode.CALL -> arg + 2;
            case Opcode.CALL_KW -> arg + 3;
            default -> 3 + (arg & 1);
        };
        return f.sp - slots;
    }

    /** Runs the copied stack on {@code ts} (the child's only thread) until its first frame returns. */
    static PyObject resume(Interpreter child, ThreadState ts, Copy stack) {
        ts.depth = stack.depth();
        ts.handled = stack.handled();
        return child.loop().run(ts, stack.top());
    }
}
