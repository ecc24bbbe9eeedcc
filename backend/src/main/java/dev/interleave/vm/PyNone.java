package dev.interleave.vm;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone extends PyObject {

    public static final PyNone NONE = new PyNone("None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

    private final String name;

    private PyNone(String name) {
        this.name = name;
    }

    @Override
    public PyType type() {
        return switch (name) {
            case "None" -> Builtins.NONE_TYPE;
            case "NotImplemented" -> Builtins.NOT_IMPLEMENTED_TYPE;
            default -> Builtins.ELLIPSIS_TYPE;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
