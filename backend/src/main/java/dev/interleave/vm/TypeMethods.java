package dev.interleave.vm;

/** type: the attributes every class has, and type() itself. */
final class TypeMethods {
    private TypeMethods() {}

    static void install() {
        PyType t = Builtins.TYPE;
        t.allocator(TypeMethods::callType);
        Methods.getter(t, "__name__", (in, o) -> PyStr.of(((PyType) o).name()));
        Methods.getter(t, "__qualname__", (in, o) -> PyStr.of(((PyType) o).qualname()));
        Methods.getter(t, "__module__", (in, o) -> PyStr.of(((PyType) o).module()));
        Methods.getter(t, "__dict__", (in, o) -> ((PyType) o).dictSnapshot());
        Methods.getter(t, "__doc__", (in, o) -> {
            PyObject d = ((PyType) o).ownDict().get("__doc__");
            return d == null ? PyNone.NONE : d;
        });
        Methods.getter(t, "__mro__", (in, o) -> PyTuple.of(((PyType) o).mro().clone()));
        Methods.getter(t, "__base__", (in, o) -> {
            PyType b = ((PyType) o).base();
            return b == null ? PyNone.NONE : b;
        });
        Methods.getter(t, "__bases__", (in, o) -> {
            PyType b = ((PyType) o).base();
            return b == null ? PyTuple.EMPTY : PyTuple.of(b);
        });
        Methods.def(t, "mro", (in, args, kw) -> PyList.of(((PyType) args[0]).mro()));
        Methods.def(t, "__repr__", (in, args, kw) -> PyStr.of(args[0].toString()));
        Methods.def(t, "__subclasscheck__", (in, args, kw) ->
                PyBool.of(args[1] instanceof PyType s && s.isSubtypeOf((PyType) args[0])));
        Methods.def(t, "__instancecheck__", (in, args, kw) -> PyBool.of(args[1].type().isSubtypeOf((PyType) args[0])));
    }

    /** type(x) or type(name, bases, namespace). */
    private static PyObject callType(Interpreter in, PyType self, PyObject[] args, String[] kw) {
        if (args.length == 1 && (kw == null || kw.length == 0)) {
            return args[0].type();
        }
        if (args.length != 3) {
            throw PyErr.typeError("type() takes 1 or 3 arguments");
        }
        String name = Args.str(args[0], "type.__new__", "1");
        PyTuple bases = (PyTuple) args[1];
        PyDict ns = (PyDict) args[2];
        PyType base = bases.size() == 0 ? Builtins.OBJECT : (PyType) bases.get(0);
        return ClassBuiltins.makeClass(in, name, base, ns, name);
    }
}
