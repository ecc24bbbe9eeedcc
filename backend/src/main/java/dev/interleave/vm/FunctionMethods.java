package dev.interleave.vm;

/** Attributes of functions, methods, cells and code objects. */
final class FunctionMethods {
    private FunctionMethods() {}

    static void install() {
        PyType f = Builtins.FUNCTION;
        Methods.getset(f, "__name__", (in, o) -> PyStr.of(((PyFunction) o).name),
                (in, o, v) -> ((PyFunction) o).name = Args.str(v, "__name__", "1"));
        Methods.getset(f, "__qualname__", (in, o) -> PyStr.of(((PyFunction) o).qualname),
                (in, o, v) -> ((PyFunction) o).qualname = Args.str(v, "__qualname__", "1"));
        Methods.getset(f, "__doc__", (in, o) -> ((PyFunction) o).doc, (in, o, v) -> ((PyFunction) o).doc = v);
        Methods.getset(f, "__module__", (in, o) -> ((PyFunction) o).module, (in, o, v) -> ((PyFunction) o).module = v);
        Methods.getset(f, "__defaults__", (in, o) -> {
            PyObject[] d = ((PyFunction) o).defaults;
            return d == null ? PyNone.NONE : PyTuple.of(d);
        }, (in, o, v) -> ((PyFunction) o).defaults = v == PyNone.NONE ? null : ((PyTuple) v).items);
        Methods.getter(f, "__code__", (in, o) -> ((PyFunction) o).code);
        Methods.getter(f, "__globals__", (in, o) -> ((PyFunction) o).globals);
        Methods.getter(f, "__dict__", (in, o) -> o.dict());
        Methods.getter(f, "__closure__", (in, o) -> {
            PyCell[] c = ((PyFunction) o).closure;
            return c == null ? PyNone.NONE : PyTuple.of(c);
        });
        Methods.getter(f, "__kwdefaults__", (in, o) -> {
            PyDict d = ((PyFunction) o).kwDefaults;
            return d == null ? PyNone.NONE : d;
        });
        Methods.getter(f, "__annotations__", (in, o) -> new PyDict());
        Methods.def(f, "__get__", (in, args, kw) ->
                args.length > 1 && args[1] != PyNone.NONE ? new PyBoundMethod(args[0], args[1]) : args[0]);

        PyType m = Builtins.METHOD;
        Methods.getter(m, "__func__", (in, o) -> ((PyBoundMethod) o).func);
        Methods.getter(m, "__self__", (in, o) -> ((PyBoundMethod) o).self);
        Methods.getter(m, "__name__", (in, o) -> Attr.get(in, ((PyBoundMethod) o).func, "__name__"));
        Methods.getter(m, "__qualname__", (in, o) -> Attr.get(in, ((PyBoundMethod) o).func, "__qualname__"));
        Methods.getter(m, "__doc__", (in, o) -> Attr.get(in, ((PyBoundMethod) o).func, "__doc__"));

        PyType b = Builtins.BUILTIN_FUNCTION;
        Methods.getter(b, "__name__", (in, o) -> PyStr.of(builtinOf(o).name));
        Methods.getter(b, "__qualname__", (in, o) -> PyStr.of(builtinOf(o).qualname()));
        Methods.getter(b, "__self__", (in, o) -> o instanceof PyBoundMethod bm ? bm.self : PyNone.NONE);
        Methods.getter(b, "__doc__", (in, o) -> PyNone.NONE);
        PyType d = Builtins.METHOD_DESCRIPTOR;
        Methods.getter(d, "__name__", (in, o) -> PyStr.of(((PyBuiltinFunction) o).name));
        Methods.getter(d, "__qualname__", (in, o) -> PyStr.of(((PyBuiltinFunction) o).qualname()));

        Methods.getset(Builtins.CELL, "cell_contents", (in, o) -> {
            PyObject v = ((PyCell) o).value;
            if (v == null) {
                throw PyErr.valueError("Cell is empty");
            }
            return v;
        }, (in, o, v) -> ((PyCell) o).value = v);

        PyType c = Builtins.CODE;
        Methods.getter(c, "co_name", (in, o) -> PyStr.of(((PyCode) o).name));
        Methods.getter(c, "co_qualname", (in, o) -> PyStr.of(((PyCode) o).qualname));
        Methods.getter(c, "co_filename", (in, o) -> PyStr.of(((PyCode) o).source.name()));
        Methods.getter(c, "co_firstlineno", (in, o) -> PyInt.of(((PyCode) o).firstLine));
        Methods.getter(c, "co_argcount", (in, o) -> PyInt.of(((PyCode) o).argcount));
        Methods.getter(c, "co_varnames", (in, o) -> strings(((PyCode) o).varnames));
    }

    private static PyBuiltinFunction builtinOf(PyObject o) {
        return o instanceof PyBoundMethod bm ? (PyBuiltinFunction) bm.func : (PyBuiltinFunction) o;
    }

    private static PyTuple strings(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(out);
    }
}
