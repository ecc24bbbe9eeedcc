package dev.interleave.lang;

/** Scans numeric literals exactly as CPython's tokenizer does, including its error messages. */
final class NumberLexer {
    private final SourceText src;
    private final int start;
    private int cur;

    private NumberLexer(SourceText src, int start) {
        this.src = src;
        this.start = start;
        this.cur = start;
    }

    /** Scans the number starting at {@code start} (a digit, or '.' followed by a digit); returns its end. */
    static int scan(SourceText src, int start) {
        NumberLexer n = new NumberLexer(src, start);
        return n.number();
    }

    private int next() {
        return src.at(cur++);
    }

    private void backup() {
        cur--;
    }

    private PySyntaxError error(String msg) {
        return Tokenizer.errorAtCur(src, msg, cur);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private int number() {
        int c = next();
        if (c == '.') {
            return fraction(next());
        }
        if (c == '0') {
            return zeroPrefixed();
        }
        c = decimalTail();
        return afterInteger(c);
    }

    private int afterInteger(int c) {
        if (c == '.') {
            return fraction(next());
        }
        return exponentOrEnd(c);
    }

    private int fraction(int c) {
        if (isDigit(c)) {
            backup();
            c = decimalTail();
        }
        return exponentOrEnd(c);
    }

    private int exponentOrEnd(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd(c, "decimal");
        return cur - 1;
    }

    private int exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEnd(e, "decimal");
            backup();
            return cur;
        }
        backup();
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd(c, "decimal");
        return cur - 1;
    }

    private int imaginary() {
        int c = next();
        verifyEnd(c, "imaginary");
        return cur - 1;
    }

    /** Reads digits and single underscores; returns the first other character (consumed). */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        }
    }

    private int zeroPrefixed() {
        int c = next();
        if (c == 'x' || c == 'X') {
            return hex();
        }
        if (c == 'o' || c == 'O') {
            return radix('8', "octal");
        }
        if (c == 'b' || c == 'B') {
            return radix('2', "binary");
        }
        return leadingZeros(c);
    }

    private int hex() {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!isHex(c)) {
                backup();
                throw error("invalid hexadecimal literal");
            }
            do {
                c = next();
            } while (isHex(c));
        } while (c == '_');
        verifyEnd(c, "hexadecimal");
        return cur - 1;
    }

    private int radix(char limit, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw error("invalid " + kind + " literal");
            }
            do {
                c = next();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        return cur - 1;
    }

    private int leadingZeros(int c) {
        while (true) {
            if (c == '_') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    throw error("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = next();
        }
        int zerosEnd = cur;
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.') {
            return fraction(next());
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        if (nonzero) {
            backup();
            int line = src.lineOf(start);
            int ls = src.lineStart(line);
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, start + 1 - ls, line, zerosEnd - ls);
        }
        verifyEnd(c, "decimal");
        return cur - 1;
    }

    /** {@code c} has been consumed; checks what follows a literal (CPython's verify_end_of_number). */
    private void verifyEnd(int c, String kind) {
        if (keywordFollows(c)) {
            return;
        }
        if (c < 128 && c >= 0 && (Character.isLetterOrDigit(c) || c == '_')) {
            backup();
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean keywordFollows(int c) {
        return switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> {
                int c2 = src.at(cur);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default -> false;
        };
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (src.at(cur + i) != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
