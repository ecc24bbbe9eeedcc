package dev.interleave.lang;

import java.util.Set;

/** Python 3.13's hard and soft keywords. */
final class Keywords {
    private Keywords() {}

    private static final Set<String> HARD = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private static final Set<String> SOFT = Set.of("match", "case", "_", "type");

    static boolean isKeyword(String s) {
        return HARD.contains(s);
    }

    static boolean isSoftKeyword(String s) {
        return SOFT.contains(s);
    }
}
