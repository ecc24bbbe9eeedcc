package dev.interleave.vm;

/** yield from, await and async iteration: turning operands into something SEND can drive. */
final class Coro {
    private Coro() {}

    static PyObject yieldFromIter(Interpreter in, Frame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == Builtins.COROUTINE && !f.code.has(PyCode.COROUTINE)) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return g;
        }
        return Ops.iter(in, o);
    }

    static PyObject awaitable(Interpreter in, PyObject o) {
        if (o instanceof PyGenerator g && g.kind == Builtins.COROUTINE) {
            if (g.isClosed()) {
                throw PyErr.runtimeError("cannot reuse already awaited coroutine");
            }
            return g;
        }
        PyObject await = Attr.lookupSpecial(o, "__await__");
        if (await == null) {
            throw PyErr.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObject it = Attr.callSpecial(in, o, "__await__");
        if (it instanceof PyGenerator g && g.kind == Builtins.COROUTINE) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIter) && !(it instanceof PyGenerator) && Attr.lookupSpecial(it, "__next__") == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    static PyObject aiter(Interpreter in, PyObject o) {
        PyObject m = Attr.lookupSpecial(o, "__aiter__");
        if (m == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        return Attr.callSpecial(in, o, "__aiter__");
    }

    static PyObject anext(Interpreter in, PyObject aiter) {
        PyObject m = Attr.lookupSpecial(aiter, "__anext__");
        if (m == null) {
            throw PyErr.typeError("'async for' received an invalid object from __aiter__: " + aiter.type().name());
        }
        PyObject r = Attr.callSpecial(in, aiter, "__anext__");
        return awaitable(in, r);
    }
}
