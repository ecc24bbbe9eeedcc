package dev.interleave.vm;

/**
 * Generator and coroutine methods when called from Java (list(gen), next(gen) inside a
 * native...). Calls from Python code are resumed in place by {@link Frames}.
 */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        for (PyType t : new PyType[] {Builtins.GENERATOR, Builtins.COROUTINE}) {
            Methods.def(t, "send", (in, args, kw) -> {
                Args.noKeywords(((PyGenerator) args[0]).noun() + ".send", kw);
                if (args.length != 2) {
                    throw PyErr.typeError(((PyGenerator) args[0]).noun() + ".send() takes exactly one argument ("
                            + (args.length - 1) + " given)");
                }
                return send(in, (PyGenerator) args[0], args[1]);
            });
            Methods.def(t, "throw", (in, args, kw) -> {
                PyBaseException exc = Raise.throwArgument(in, args, 1, args.length - 1);
                return send(in, (PyGenerator) args[0], exc);
            });
            Methods.def(t, "close", (in, args, kw) -> close(in, (PyGenerator) args[0]));
            Methods.getter(t, "__name__", (in, o) -> PyStr.of(((PyGenerator) o).name));
            Methods.getter(t, "__qualname__", (in, o) -> PyStr.of(((PyGenerator) o).qualname));
        }
        PyType g = Builtins.GENERATOR;
        Methods.def(g, "__next__", (in, args, kw) -> send(in, (PyGenerator) args[0], PyNone.NONE));
        Methods.def(g, "__iter__", (in, args, kw) -> args[0]);
        Methods.getter(g, "gi_running", (in, o) -> PyBool.of(((PyGenerator) o).isRunning()));
        Methods.getter(g, "gi_code", (in, o) -> ((PyGenerator) o).frame.code);
        Methods.getter(g, "gi_frame", (in, o) -> PyNone.NONE);
        Methods.getter(g, "gi_suspended", (in, o) -> PyBool.of(((PyGenerator) o).state == PyGenerator.State.SUSPENDED));
        PyType c = Builtins.COROUTINE;
        Methods.def(c, "__await__", (in, args, kw) -> args[0]);
        Methods.getter(c, "cr_running", (in, o) -> PyBool.of(((PyGenerator) o).isRunning()));
        Methods.getter(c, "cr_code", (in, o) -> ((PyGenerator) o).frame.code);
    }

    /** Resumes with a value (or an exception to throw): the yielded value, or StopIteration. */
    private static PyObject send(Interpreter in, PyGenerator g, PyObject value) {
        PyObject r = in.resumeGenerator(g, value, null);
        if (r == null) {
            throw PyErr.stopIteration(in.lastReturn());
        }
        return r;
    }

    private static PyObject send(Interpreter in, PyGenerator g, PyBaseException exc) {
        PyObject r = in.resumeGenerator(g, null, exc);
        if (r == null) {
            throw PyErr.stopIteration(in.lastReturn());
        }
        return r;
    }

    static PyObject close(Interpreter in, PyGenerator g) {
        if (g.state == PyGenerator.State.CREATED || g.state == PyGenerator.State.CLOSED) {
            g.state = PyGenerator.State.CLOSED;
            return PyNone.NONE;
        }
        PyBaseException exit = new PyBaseException(Builtins.GENERATOR_EXIT, PyTuple.EMPTY);
        PyObject r;
        try {
            r = in.resumeGenerator(g, null, exit);
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.GENERATOR_EXIT) || e.exc.isInstance(Builtins.STOP_ITERATION)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (r != null) {
            throw PyErr.runtimeError(g.noun() + " ignored GeneratorExit");
        }
        return in.lastReturn();
    }
}
