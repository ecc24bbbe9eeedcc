package dev.interleave.vm;

import dev.interleave.machine.SignalDisposition;
import java.util.TreeMap;

/**
 * One process's signal handlers (signal.signal): none set means the default action, except
 * SIGINT, whose default handler raises KeyboardInterrupt in the main thread, and SIGCHLD and
 * SIGCONT, which are ignored. A fork copies the table.
 */
final class SignalState implements SignalDisposition {

    static final int SIGINT = 2;
    static final int SIGKILL = 9;
    static final int SIGCHLD = 17;
    static final int SIGCONT = 18;
    static final int SIGSTOP = 19;

    private final Interpreter in;
    /** Handlers set by the program: SIG_DFL (0), SIG_IGN (1) or a callable. */
    private final TreeMap<Integer, PyObject> handlers = new TreeMap<>();

    SignalState(Interpreter in) {
        this.in = in;
    }

    /** A forked child's table: the parent's handlers (the child's copies of them). */
    void copyFrom(SignalState parent, ObjectCopier copier) {
        for (var e : parent.handlers.entrySet()) {
            handlers.put(e.getKey(), copier.copy(e.getValue()));
        }
    }

    /** The handler as signal.getsignal reports it: a callable, 0 (SIG_DFL), 1 (SIG_IGN). */
    PyObject get(int sig) {
        PyObject h = handlers.get(sig);
        if (h != null) {
            return h;
        }
        return sig == SIGINT ? defaultIntHandler() : PyInt.of(0);
    }

    PyObject set(int sig, PyObject handler) {
        PyObject old = get(sig);
        handlers.put(sig, handler);
        return old;
    }

    private PyObject defaultIntHandler() {
        return in.importModule("signal").dict().getStr("default_int_handler");
    }

    @Override
    public int action(int sig) {
        PyObject h = handlers.get(sig);
        if (h == null || h instanceof PyInt i && i.value == 0) {
            if (sig == SIGINT) {
                return HANDLER;
            }
            return sig == SIGCHLD || sig == SIGCONT ? IGNORE : DEFAULT;
        }
        return h instanceof PyInt i && i.value == 1 ? IGNORE : HANDLER;
    }

    @Override
    public void run(int sig) {
        PyObject h = handlers.get(sig);
        if (h == null || h instanceof PyInt) {
            throw PyErr.ofNoArgs(Builtins.KEYBOARD_INTERRUPT);
        }
        // the frame the main thread was running when the handler interrupted it, as CPython passes it
        in.call(h, PyInt.of(sig), PyFrameObject.of(in.currentThread().top()));
    }
}
