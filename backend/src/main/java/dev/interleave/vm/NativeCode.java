package dev.interleave.vm;

/**
 * A function written in Java. Arguments arrive vectorcall style: {@code args} holds the
 * positional arguments followed by the keyword values; {@code kwnames} names the last
 * {@code kwnames.length} of them, or is null when there are no keywords. For methods,
 * {@code args[0]} is self.
 */
@FunctionalInterface
public interface NativeCode {
    PyObject call(Interpreter in, PyObject[] args, String[] kwnames);
}
