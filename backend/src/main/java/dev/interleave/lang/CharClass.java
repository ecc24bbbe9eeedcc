package dev.interleave.lang;

/** Character classes of the tokenizer: identifiers, digits, printable characters. */
final class CharClass {
    private CharClass() {}

    static String invalidCharMessage(int c) {
        String hex = String.format("%04X", c);
        if (isPrintable(c)) {
            return "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")";
        }
        return "invalid non-printable character U+" + hex;
    }

    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR);
    }

    static boolean isXidStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
    }

    static boolean isXidContinue(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
