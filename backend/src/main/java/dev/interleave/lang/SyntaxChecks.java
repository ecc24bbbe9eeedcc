package dev.interleave.lang;

/**
 * The checks CPython makes after parsing, in its order: first the symtable's
 * ({@link NameScopeChecks}), then the compiler's ({@link CompileChecks}).
 */
final class SyntaxChecks {
    private SyntaxChecks() {}

    static void check(Node.Module m) {
        NameScopeChecks.check(m);
        CompileChecks.check(m);
    }
}
