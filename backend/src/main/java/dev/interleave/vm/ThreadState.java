package dev.interleave.vm;

/** What the interpreter keeps per Python thread: its frame stack and the exception being handled. */
public final class ThreadState {

    final Interpreter in;
    /** The frame running now (the top of the stack). */
    Frame top;
    /** The exception being handled (sys.exc_info()), or null. */
    PyBaseException handled;
    /** Frames on the stack, for the recursion limit. */
    int depth;
    /** Set when a generator resumed from Java yielded (rather than returned). */
    boolean yielded;
    /** The value a frame left the loop with. */
    PyObject result;
    /** Set by RERAISE: the next unwind adds no traceback line. */
    boolean reraising;
    /**
     * The name for objects this thread creates on a program's behalf with no program frame on
     * its stack (a manager's server creating a shared object the program names), or null.
     */
    String nameHint;

    /**
     * Instructions left in the scheduler's budget. The loop keeps it in a local and writes it
     * back before calls (and when it leaves); the machine reads it to keep the clock.
     */
    public int countdown = 1;
    /** The simulated thread this state belongs to. */
    private dev.interleave.machine.SimThread owner;

    public ThreadState(Interpreter in) {
        this.in = in;
    }

    public Frame top() {
        return top;
    }

    public PyBaseException handled() {
        return handled;
    }

    public dev.interleave.machine.SimThread owner() {
        return owner;
    }

    public void setOwner(dev.interleave.machine.SimThread t) {
        owner = t;
    }

    public Interpreter interpreter() {
        return in;
    }

    /**
     * Whether the next instruction is one where CPython 3.10+ checks its eval breaker (and so
     * honours a GIL drop request): a call, a backward jump, or the start of a function.
     */
    public boolean atEvalBreakerCheck() {
        Frame f = top;
        if (f == null || f.pc == 0) {
            return true;
        }
        int[] code = f.code.code;
        if (f.pc >= code.length) {
            return true;
        }
        int ins = code[f.pc];
        int op = ins & 0xFF;
        return op == Opcode.CALL || op == Opcode.CALL_KW || op == Opcode.CALL_FUNCTION_EX
                || op == Opcode.JUMP && (ins >>> 8) <= f.pc;
    }

    /** The line in the program (not in a library module) this thread is at, 0 before any. */
    public int userLine() {
        for (Frame f = top; f != null; f = f.back) {
            if (!f.code.source.isLibrary()) {
                return f.line();
            }
        }
        return 0;
    }
}
