package dev.interleave.vm;

/** Fills the builtin types' namespaces once, at start-up. Each installer owns one type family. */
final class TypeSetup {
    private TypeSetup() {}

    static void installAll() {
        ObjectMethods.install();
        TypeMethods.install();
        ClassBuiltins.install();
        ExceptionMethods.install();
        FunctionMethods.install();
        GeneratorMethods.install();
        PyTraceback.install();
        PyFrameObject.install();
        NumberMethods.install();
        StrMethods.install();
        PyBytes.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        RangeMethods.install();
        BuiltinDunders.install();
    }
}
