package dev.interleave.vm;

/** The builtins namespace of a run: types, exceptions, constants and builtin functions. */
final class BuiltinsModule {
    private BuiltinsModule() {}

    static void install(Interpreter in, PyDict d) {
        PyType[] types = {
            Builtins.OBJECT, Builtins.TYPE, Builtins.INT, Builtins.BOOL, Builtins.FLOAT, Builtins.STR, Builtins.BYTES,
            Builtins.LIST, Builtins.TUPLE, Builtins.DICT, Builtins.SET, Builtins.FROZENSET, Builtins.RANGE,
            Builtins.SLICE, Builtins.PROPERTY, Builtins.STATICMETHOD, Builtins.CLASSMETHOD, Builtins.SUPER,
        };
        for (PyType t : types) {
            d.putStr(t.name(), t);
        }
        for (PyType t : Builtins.exceptionTypes()) {
            d.putStr(t.name(), t);
        }
        d.putStr("EnvironmentError", Builtins.OS_ERROR);
        d.putStr("IOError", Builtins.OS_ERROR);
        d.putStr("None", PyNone.NONE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("NotImplemented", PyNone.NOT_IMPLEMENTED);
        d.putStr("Ellipsis", PyNone.ELLIPSIS);
        d.putStr("__name__", PyStr.of("builtins"));
        for (PyBuiltinFunction f : ClassBuiltins.functions()) {
            d.putStr(f.name, f);
        }
        for (PyBuiltinFunction f : BuiltinFunctions.functions()) {
            d.putStr(f.name, f);
        }
    }
}
