package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseException or a subclass (builtin or defined by the program). */
public final class PyBaseException extends PyObject {

    /**
     * One traceback line: the code and instruction that were running, the frame, and the
     * function name to show (a hidden comprehension frame shows its caller's name).
     */
    public record TracebackEntry(PyCode code, int instr, Frame frame, String name) {}

    private final PyType type;
    public PyTuple args;
    private PyDict dict;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Innermost frame first, in the order frames were unwound. */
    public final List<TracebackEntry> traceback = new ArrayList<>();

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The single argument when there is exactly one, else null. */
    public PyObject soleArg() {
        return args.size() == 1 ? args.get(0) : null;
    }
}
