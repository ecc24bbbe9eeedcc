package dev.interleave.vm;

/**
 * The spawn start method: the child is a fresh interpreter that runs the main module again
 * under {@code __name__ == '__mp_main__'}, then receives the Process object by pickle rules:
 * functions and classes travel by name (a lambda or a local function cannot), objects by
 * value. Stub for now.
 */
final class Spawn {
    private Spawn() {}

    static PyObject transfer(Interpreter parent, Interpreter child, PyObject processObj) {
        throw PyErr.valueError("cannot find context for 'spawn'");
    }
}
