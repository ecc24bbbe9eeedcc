package dev.interleave.vm;

/** What an uncaught exception makes of a process's exit status, as CPython's main does. */
final class ExitStatus {

    private ExitStatus() {}

    /** SystemExit's code (None: 0, an int: itself, anything else printed to stderr: 1), else the traceback and 1. */
    static int of(Interpreter child, PyBaseException exc) {
        if (exc.isInstance(Builtins.SYSTEM_EXIT)) {
            PyObject code = exc.args.size() == 0 ? PyNone.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return i.isBig() ? 1 : (int) i.value;
            }
            child.stderr(Ops.str(child, code) + "\n");
            return 1;
        }
        child.stderr(TracebackPrinter.format(child, exc));
        return 1;
    }
}
