package dev.interleave.vm;

import java.math.BigInteger;

/** int(str, base) and float(str) parsing with CPython's rules (underscores, Unicode digits, whitespace). */
final class NumberParse {
    private NumberParse() {}

    /** Python's str.isspace for one code point. */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || cp >= 9 && cp <= 13 || cp >= 0x1c && cp <= 0x1f;
        }
        return cp == 0x85 || cp == 0xa0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Strips Python whitespace and maps Unicode decimal digits to ASCII; null if a non-ASCII char is left. */
    private static String normalize(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    private static PyException invalidInt(Interpreter in, String original, int base) {
        String r = Ops.repr(in, PyStr.of(original));
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return PyErr.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /** int(s, base); base 0 means "as a literal". */
    static PyInt parseInt(Interpreter in, String original, int base) {
        String s = normalize(original);
        if (s == null || s.isEmpty()) {
            throw invalidInt(in, original, base);
        }
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) {
            b = 10;
            // a literal with leading zeros must be all zeros
            if (i < n && s.charAt(i) == '0') {
                for (int j = i; j < n; j++) {
                    char c = s.charAt(j);
                    if (c != '0' && c != '_') {
                        throw invalidInt(in, original, base);
                    }
                }
            }
        }
        // digits with single underscores between them (one may follow a prefix)
        int digits = 0;
        boolean lastUnderscore = !prefixed;
        int start = i;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidInt(in, original, base);
                }
                lastUnderscore = true;
                continue;
            }
            if (digitValue(c) >= b) {
                throw invalidInt(in, original, base);
            }
            digits++;
            lastUnderscore = false;
        }
        if (digits == 0 || lastUnderscore) {
            throw invalidInt(in, original, base);
        }
        if ((b & (b - 1)) != 0) {
            int limit = NumberMethods.maxStrDigits(in);
            if (limit > 0 && digits > limit) {
                throw PyErr.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: "
                        + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        String body = s.substring(start);
        if (body.indexOf('_') >= 0) {
            body = body.replace("_", "");
        }
        if (body.length() <= 18 && b == 10 || body.length() <= 12) {
            long v = Long.parseLong(body, b);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(body, b);
        return PyInt.of(negative ? v.negate() : v);
    }

    /** float(s): decimal literals with underscores, inf, infinity and nan; null when invalid. */
    static Double parseFloat(String original) {
        String s = normalize(original);
        if (s == null || s.isEmpty()) {
            return null;
        }
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        if (negative) {
            clean.append('-');
        }
        int intDigits = scanDigits(s, i, clean);
        if (intDigits < 0) {
            return null;
        }
        int j = i + intDigits;
        int fracDigits = 0;
        boolean anyDigits = intDigits > 0;
        if (j < n && s.charAt(j) == '.') {
            clean.append('.');
            j++;
            fracDigits = scanDigits(s, j, clean);
            if (fracDigits < 0) {
                return null;
            }
            j += fracDigits;
            anyDigits |= fracDigits > 0;
        }
        if (!anyDigits) {
            return null;
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            clean.append('e');
            j++;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                clean.append(s.charAt(j));
                j++;
            }
            int expDigits = scanDigits(s, j, clean);
            if (expDigits <= 0) {
                return null;
            }
            j += expDigits;
        }
        if (j != n) {
            return null;
        }
        return Double.parseDouble(clean.toString());
    }

    /**
     * Scans digits with single underscores between them from {@code from}, appending the digits;
     * returns the number of chars consumed, or -1 when an underscore is misplaced.
     */
    private static int scanDigits(String s, int from, StringBuilder out) {
        int j = from;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                out.append(c);
                j++;
            } else if (c == '_' && j > from && j + 1 < n && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9'
                    && s.charAt(j - 1) != '_') {
                j++;
            } else {
                break;
            }
        }
        if (j < n && s.charAt(j) == '_') {
            return -1;
        }
        return j - from;
    }
}
