package dev.interleave.vm;

/**
 * A function or method written in Java. As a method in a builtin type's namespace it behaves
 * like CPython's method_descriptor: attribute access binds it to the instance.
 */
public final class PyBuiltinFunction extends PyObject {

    public final String name;
    /** The type it is a method of, or null for a plain function. */
    public final PyType owner;
    public final NativeCode code;
    /** Blocking natives may suspend the calling thread; they are only valid at the top of a thread's loop. */
    public final boolean blocking;

    public PyBuiltinFunction(String name, PyType owner, NativeCode code, boolean blocking) {
        this.name = name;
        this.owner = owner;
        this.code = code;
        this.blocking = blocking;
    }

    public PyBuiltinFunction(String name, NativeCode code) {
        this(name, null, code, false);
    }

    @Override
    public PyType type() {
        return owner == null ? Builtins.BUILTIN_FUNCTION : Builtins.METHOD_DESCRIPTOR;
    }

    /** "append" or "list.append", as CPython names it in messages. */
    public String qualname() {
        return owner == null ? name : owner.name() + "." + name;
    }
}
