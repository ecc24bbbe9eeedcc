package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.Limits;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import java.math.BigInteger;

/**
 * Helpers for the builtin-library tests: an interpreter whose output is kept, calls of
 * builtins, methods and module functions, value constructors, and a check that a call raises
 * CPython's exception type and message. Expected values in the tests were recorded from
 * CPython 3.13.
 */
final class LibraryHarness {

    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    final Interpreter in;

    LibraryHarness() {
        this(0);
    }

    LibraryHarness(long seed) {
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        in = new Interpreter(sink, Limits.defaults(), seed);
    }

    // ---- values ----

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyInt big(String decimal) {
        return PyInt.of(new BigInteger(decimal));
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyList list(PyObject... items) {
        return PyList.of(items);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyObject[] args(PyObject... a) {
        return a;
    }

    /** Decodes the compact value notation of generated tables: i:5, f:0x1.8p+0, s:text, b:1. */
    static PyObject decode(String enc) {
        String body = enc.substring(2);
        return switch (enc.charAt(0)) {
            case 'i' -> PyInt.of(new BigInteger(body));
            case 'f' -> new PyFloat(parseHexDouble(body));
            case 'b' -> PyBool.of(body.equals("1"));
            default -> PyStr.of(body);
        };
    }

    private static double parseHexDouble(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    // ---- calls ----

    PyObject builtin(String name, PyObject... a) {
        return in.call(in.builtinsDict().getStr(name), a);
    }

    /** Calls a builtin with keyword arguments: the last kwnames.length values are the keywords. */
    PyObject builtinKw(String name, String[] kwnames, PyObject... a) {
        return in.call(in.builtinsDict().getStr(name), a, kwnames);
    }

    PyObject method(PyObject self, String name, PyObject... a) {
        return in.callMethod(self, name, a);
    }

    PyObject methodKw(PyObject self, String name, String[] kwnames, PyObject... a) {
        return in.call(Attr.get(in, self, name), a, kwnames);
    }

    PyObject module(String module, String name) {
        return in.importModule(module).dict().getStr(name);
    }

    PyObject moduleCall(String module, String name, PyObject... a) {
        return in.call(module(module, name), a);
    }

    PyObject moduleCallKw(String module, String name, String[] kwnames, PyObject... a) {
        return in.call(module(module, name), a, kwnames);
    }

    String repr(PyObject o) {
        return Ops.repr(in, o);
    }

    String str(PyObject o) {
        return Ops.str(in, o);
    }

    // ---- outcomes ----

    @FunctionalInterface
    interface Call {
        PyObject run();
    }

    /** The repr of the result, or "!Type: message" for a Python exception. */
    String outcome(Call c) {
        try {
            return repr(c.run());
        } catch (PyException e) {
            return "!" + e.exc.type().name() + ": " + Ops.str(in, e.exc);
        }
    }

    /** Like {@link #outcome} but a str result is given as is, not as its repr. */
    String text(Call c) {
        try {
            PyObject r = c.run();
            return r instanceof PyStr ps ? ps.value : repr(r);
        } catch (PyException e) {
            return "!" + e.exc.type().name() + ": " + Ops.str(in, e.exc);
        }
    }

    void raises(String typeAndMessage, Call c) {
        try {
            PyObject r = c.run();
            fail("expected " + typeAndMessage + " but got " + repr(r));
        } catch (PyException e) {
            assertEquals(typeAndMessage, e.exc.type().name() + ": " + Ops.str(in, e.exc));
        }
    }

    // ---- whole programs ----

    /**
     * Python that defines {@code t(f)}: print {@code repr(f())}, or the exception it raises as
     * "Type: message".
     */
    static final String PRELUDE = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """;

    /** {@link #PRELUDE} and a blank line, put before the programs of the library tests. */
    static final String T = PRELUDE + "\n";

    /** Runs a program through the engine (on a large stack) and returns stdout + stderr. */
    static String run(String source) {
        return run(source, 0);
    }

    static String run(String source, long seed) {
        return CapturedRun.of(source, RunOptions.defaults().withSeed(seed)).output();
    }

    /**
     * Runs a snippet after {@link #PRELUDE}, for the protocol tests (Arith, Compare, Ops, ...),
     * and returns stdout + stderr.
     */
    static String runWithT(String snippet) {
        return run(PRELUDE + snippet);
    }
}
