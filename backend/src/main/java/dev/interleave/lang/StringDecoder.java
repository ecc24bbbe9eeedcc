package dev.interleave.lang;

import java.io.ByteArrayOutputStream;

/** Decodes the body of a string or bytes literal, processing escapes as CPython does. */
final class StringDecoder {
    private final String body;
    private final boolean bytes;
    private int i;

    /** Thrown for a malformed escape; the message is CPython's text after "(unicode error) ". */
    static final class EscapeError extends RuntimeException {
        EscapeError(String msg) {
            super(msg, null, false, false);
        }
    }

    private StringDecoder(String body, boolean bytes) {
        this.body = body;
        this.bytes = bytes;
    }

    static String decodeStr(String body) {
        return new StringDecoder(body, false).str();
    }

    static byte[] decodeBytes(String body) {
        return new StringDecoder(body, true).bytesValue();
    }

    private String str() {
        StringBuilder sb = new StringBuilder(body.length());
        while (i < body.length()) {
            int c = body.codePointAt(i);
            if (c != '\\') {
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            } else {
                escape(sb);
            }
        }
        return sb.toString();
    }

    private byte[] bytesValue() {
        String s = str();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int k = 0; k < s.length(); k++) {
            out.write(s.charAt(k));
        }
        return out.toByteArray();
    }

    private void escape(StringBuilder sb) {
        int start = i;
        i++;
        if (i >= body.length()) {
            sb.append('\\');
            return;
        }
        char c = body.charAt(i++);
        switch (c) {
            case '\n' -> { }
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octal(sb, c);
            case 'x' -> sb.appendCodePoint(hex(start, 2, "truncated \\xXX escape"));
            case 'u' -> unicodeOnly(sb, start, 4, "truncated \\uXXXX escape");
            case 'U' -> unicodeOnly(sb, start, 8, "truncated \\UXXXXXXXX escape");
            case 'N' -> named(sb, start);
            default -> {
                sb.append('\\');
                i--;
            }
        }
    }

    private void octal(StringBuilder sb, char first) {
        int v = first - '0';
        for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
            v = v * 8 + (body.charAt(i++) - '0');
        }
        if (bytes) {
            v &= 0xFF;
        }
        sb.appendCodePoint(v);
    }

    private int hex(int start, int n, String truncated) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
            if (d < 0) {
                throw error(start, i - 1, truncated);
            }
            v = v * 16 + d;
            i++;
        }
        return v;
    }

    private void unicodeOnly(StringBuilder sb, int start, int n, String truncated) {
        if (bytes) {
            sb.append('\\');
            i--;
            return;
        }
        int v = hex(start, n, truncated);
        if (v > 0x10FFFF) {
            throw error(start, i - 1, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
    }

    private void named(StringBuilder sb, int start) {
        if (bytes) {
            sb.append('\\');
            i--;
            return;
        }
        if (i >= body.length() || body.charAt(i) != '{') {
            throw error(start, i - 1, "malformed \\N character escape");
        }
        int close = body.indexOf('}', i);
        if (close < 0 || close == i + 1) {
            throw error(start, close < 0 ? i : close, "malformed \\N character escape");
        }
        String name = body.substring(i + 1, close);
        i = close + 1;
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error(start, close, "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
    }

    private EscapeError error(int start, int end, String reason) {
        if (bytes) {
            return new EscapeError("(value error) invalid \\x escape at position " + start);
        }
        int bs = utf8Len(body.substring(0, start));
        int be = utf8Len(body.substring(0, Math.max(start, end)));
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + bs + "-" + be + ": " + reason);
    }

    /** CPython rewrites each non-ASCII character as a 10-byte \\UXXXXXXXX escape before decoding. */
    private static int utf8Len(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k += Character.charCount(s.codePointAt(k))) {
            n += s.codePointAt(k) < 128 ? 1 : 10;
        }
        return n;
    }
}
