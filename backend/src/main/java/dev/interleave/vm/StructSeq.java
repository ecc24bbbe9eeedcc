package dev.interleave.vm;

/**
 * A struct sequence such as {@code sys.version_info}: a tuple whose items are also read-only
 * named fields, printed as {@code sys.version_info(major=3, minor=13, ...)}. It has no instance
 * dict, so a shared instance cannot be changed by a program.
 */
final class StructSeq extends PyTuple {

    private final PyType type;
    private final String[] fields;

    private StructSeq(PyType type, String[] fields, PyObject[] items) {
        super(items);
        this.type = type;
        this.fields = fields;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A builtin struct sequence type (a subclass of tuple) with a getter per field; it cannot be instantiated. */
    static PyType newType(String module, String name, String... fields) {
        PyType t = new PyType(name, Builtins.TUPLE, true).finalType();
        t.setModule(module);
        t.allocator((in, type, args, kw) -> {
            throw PyErr.typeError("cannot create '" + module + "." + name + "' instances");
        });
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            Methods.getter(t, fields[i], (in, o) -> ((PyTuple) o).items[index]);
        }
        return t;
    }

    /** An instance of a type made by {@link #newType}, with one item per field. */
    static StructSeq of(PyType type, String[] fields, PyObject... items) {
        return new StructSeq(type, fields, items);
    }

    /** structseq_repr: {@code module.name(field=repr, ...)}. */
    String repr(Interpreter in) {
        StringBuilder sb = new StringBuilder(type.module()).append('.').append(type.name()).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(Ops.repr(in, items[i]));
        }
        return sb.append(')').toString();
    }
}
