package dev.interleave.vm;

/**
 * The format-spec mini-language ({@code format(value, spec)}, f-strings, {@code str.format})
 * for int, bool, float and str, following CPython's Python/formatter_unicode.c step by step:
 * the same parsing, the same checks in the same order, and the same layout of sign, prefix,
 * padding, grouped digits, decimal point and remainder. Printf-style {@code %} formatting is in
 * {@link PercentFormat}.
 */
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec (CPython's InternalFormatSpec). */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        long width = -1;
        /** 0, ',' or '_'. */
        char thousands;
        /** Digits per group: 3, or 4 for '_' with b/o/x/X. */
        int groupSize = 3;
        long precision = -1;
        int type;
    }

    /** format(value, spec) for the builtin types; other objects accept only an empty spec. */
    public static String format(Interpreter in, PyObject value, String spec) {
        if (spec.isEmpty() && (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat)
                && !value.type().isBuiltin()) {
            return Ops.str(in, value);
        }
        if (value instanceof PyStr s) {
            return spec.isEmpty() ? s.value : formatStr(s, spec);
        }
        if (value instanceof PyInt i) {
            return formatInt(in, i, spec);
        }
        if (value instanceof PyFloat f) {
            return spec.isEmpty() ? FloatFormat.repr(f.value) : formatFloat(f.value, spec, "float");
        }
        if (!spec.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        return Ops.str(in, value);
    }

    // ---- parsing ----

    static Spec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        Spec s = new Spec();
        s.type = defaultType;
        s.align = defaultAlign;
        int n = spec.length();
        int pos = 0;
        boolean fillGiven = false;
        boolean alignGiven = false;
        int first = n > 0 ? spec.codePointAt(0) : 0;
        int afterFirst = Character.charCount(first);
        if (n > afterFirst && isAlign(spec.charAt(afterFirst))) {
            s.fill = first;
            s.align = spec.charAt(afterFirst);
            fillGiven = true;
            alignGiven = true;
            pos = afterFirst + 1;
        } else if (n > 0 && isAlign(spec.charAt(0))) {
            s.align = spec.charAt(0);
            alignGiven = true;
            pos = 1;
        }
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            s.sign = spec.charAt(pos++);
        }
        if (pos < n && spec.charAt(pos) == 'z') {
            s.noNegZero = true;
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '#') {
            s.alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
            s.fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                s.align = '=';
            }
            pos++;
        }
        int start = pos;
        long[] num = new long[1];
        pos = readInteger(spec, pos, num);
        s.width = pos == start ? -1 : num[0];
        if (pos < n && spec.charAt(pos) == ',') {
            s.thousands = ',';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '_') {
            if (s.thousands != 0) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
            s.thousands = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',' && s.thousands == '_') {
            throw PyErr.valueError("Cannot specify both ',' and '_'.");
        }
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            pos = readInteger(spec, pos, num);
            if (pos == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            s.precision = num[0];
        }
        if (n - pos > 1 && spec.codePointCount(pos, n) > 1) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (pos < n) {
            s.type = spec.codePointAt(pos);
        }
        if (s.thousands != 0) {
            switch (s.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (s.thousands != '_') {
                        throw badThousands(s);
                    }
                    s.groupSize = 4;
                }
                default -> throw badThousands(s);
            }
        }
        return s;
    }

    private static PyException badThousands(Spec s) {
        if (s.type > 32 && s.type < 128) {
            return PyErr.valueError("Cannot specify '" + s.thousands + "' with '" + (char) s.type + "'.");
        }
        return PyErr.valueError("Cannot specify '" + s.thousands + "' with '\\x" + Integer.toHexString(s.type) + "'.");
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits at pos into out[0]; returns the position after them. */
    private static int readInteger(String spec, int pos, long[] out) {
        long acc = 0;
        int n = spec.length();
        while (pos < n) {
            int cp = spec.codePointAt(pos);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            pos += Character.charCount(cp);
        }
        out[0] = acc;
        return pos;
    }

    static PyException unknownCode(int type, String typeName) {
        if (type > 32 && type < 128) {
            return PyErr.valueError("Unknown format code '" + (char) type + "' for object of type '" + typeName + "'");
        }
        return PyErr.valueError("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '"
                + typeName + "'");
    }

    // ---- str ----

    static String formatStr(PyStr value, String specText) {
        Spec s = parse(specText, "str", 's', '<');
        if (s.type != 's') {
            throw unknownCode(s.type, "str");
        }
        if (s.sign != 0) {
            throw PyErr.valueError(s.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (s.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = value.length();
        if ((s.width < 0 || s.width <= len) && (s.precision < 0 || s.precision >= len)) {
            return value.value;
        }
        String text = value.value;
        if (s.precision >= 0 && len >= s.precision) {
            len = (int) s.precision;
            text = value.substring(0, len);
        }
        return pad(text, len, s.width, s.align, s.fill);
    }

    /** Pads text of {@code len} code points to {@code width} (calc_padding). */
    static String pad(String text, int len, long width, char align, int fill) {
        if (width <= len) {
            return text;
        }
        checkWidth(width);
        int total = (int) width;
        int left = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
        int right = total - len - left;
        StringBuilder sb = new StringBuilder(total + 2);
        repeat(sb, fill, left);
        sb.append(text);
        repeat(sb, fill, right);
        return sb.toString();
    }

    static void checkWidth(long width) {
        if (width > Integer.MAX_VALUE / 2) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
    }

    static void repeat(StringBuilder sb, int cp, int count) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = 0; i < count; i++) {
                sb.append((char) cp);
            }
        } else {
            for (int i = 0; i < count; i++) {
                sb.appendCodePoint(cp);
            }
        }
    }

    // ---- int ----

    static String formatInt(Interpreter in, PyInt value, String specText) {
        String typeName = value.type().name();
        if (specText.isEmpty()) {
            return value instanceof PyBool ? value.toString() : Repr.intStr(in, value);
        }
        Spec s = parse(specText, typeName, 'd', '>');
        switch (s.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return intInternal(in, value, s);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return floatInternal(value.toDouble(), s);
            }
            default -> throw unknownCode(s.type, typeName);
        }
    }

    private static String intInternal(Interpreter in, PyInt value, Spec s) {
        if (s.precision != -1) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (s.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (s.type == 'c') {
            if (s.sign != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (s.alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.isBig()) {
                throw PyErr.overflow("Python int too large to convert to C long");
            }
            if (value.value < 0 || value.value > 0x10FFFF) {
                throw PyErr.overflow("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) value.value));
            StringBuilder out = new StringBuilder();
            layout(out, s, false, "", "", false, ch, 1, (char) 0, 3);
            return out.toString();
        }
        int radix = switch (s.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = value.signum() < 0;
        String digits = value.isBig() ? radix == 10 ? NumberMethods.bigToDecimal(in, value.big.abs())
                : value.big.abs().toString(radix)
                : value.value == Long.MIN_VALUE ? value.toBig().negate().toString(radix)
                : Long.toString(Math.abs(value.value), radix);
        String prefix = "";
        if (s.alternate) {
            prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? "0x" : "";
        }
        if (s.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        if (s.sign == 0 && s.width < 0 && s.thousands == 0 && s.type != 'n') {
            return negative ? "-" + prefix + digits : prefix + digits;
        }
        char sep = s.type == 'n' ? 0 : s.thousands;
        StringBuilder out = new StringBuilder(digits.length() + 8);
        layout(out, s, negative, prefix, digits, false, "", 0, sep, s.groupSize);
        return out.toString();
    }

    // ---- float ----

    static String formatFloat(double v, String specText, String typeName) {
        Spec s = parse(specText, typeName, 0, '>');
        switch (s.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
                return floatInternal(v, s);
            }
            default -> throw unknownCode(s.type, typeName);
        }
    }

    private static String floatInternal(double val, Spec s) {
        if (s.precision > Integer.MAX_VALUE) {
            throw PyErr.valueError("precision too big");
        }
        int type = s.type == 'n' ? 'g' : s.type;
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            percent = true;
        }
        boolean negative = !Double.isNaN(val) && Double.doubleToRawLongBits(val) < 0;
        String body = doubleToString(Math.abs(val), (char) type, (int) s.precision, s.alternate);
        if (negative && s.noNegZero && isZero(body)) {
            negative = false;
        }
        if (percent) {
            body = body + "%";
        }
        if (s.sign == 0 && s.width < 0 && s.type != 'n' && s.thousands == 0) {
            return negative ? "-" + body : body;
        }
        int i = 0;
        int n = body.length();
        while (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        boolean hasDecimal = i < n && body.charAt(i) == '.';
        String remainder = body.substring(hasDecimal ? i + 1 : i);
        char sep = s.type == 'n' ? 0 : s.thousands;
        StringBuilder out = new StringBuilder(n + 8);
        layout(out, s, negative, "", body.substring(0, i), hasDecimal, remainder, remainder.length(), sep, 3);
        return out.toString();
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * PyOS_double_to_string for a non-negative value (or NaN): type e, f, g (either case), or
     * 0 for a missing presentation type (repr-like, or 'g' with at least one decimal when a
     * precision is given). A negative precision means the default.
     */
    static String doubleToString(double v, char type, int precision, boolean alternate) {
        return FloatFormat.format(v, type, precision, alternate);
    }

    // ---- number layout (calc_number_widths + fill_number) ----

    /**
     * Writes lpadding, sign, prefix, spadding, grouped digits, decimal point, remainder and
     * rpadding. {@code remainderLen} is the remainder's length in code points.
     */
    static void layout(StringBuilder out, Spec s, boolean negative, String prefix, String digits, boolean hasDecimal,
                       String remainder, int remainderLen, char sep, int groupSize) {
        char signChar = 0;
        if (s.sign == '+') {
            signChar = negative ? '-' : '+';
        } else if (s.sign == ' ') {
            signChar = negative ? '-' : ' ';
        } else if (negative) {
            signChar = '-';
        }
        int nSign = signChar != 0 ? 1 : 0;
        long nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0) + remainderLen;
        long minWidth = s.fill == '0' && s.align == '=' ? s.width - nonDigits : 0;
        checkWidth(s.width);
        String grouped = digits.isEmpty() ? "" : group(digits, (int) Math.max(minWidth, 0), sep, groupSize);
        long padding = s.width - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (s.align) {
                case '<' -> rpad = (int) padding;
                case '^' -> {
                    lpad = (int) (padding / 2);
                    rpad = (int) padding - lpad;
                }
                case '=' -> spad = (int) padding;
                default -> lpad = (int) padding;
            }
        }
        repeat(out, s.fill, lpad);
        if (signChar != 0) {
            out.append(signChar);
        }
        out.append(prefix);
        repeat(out, s.fill, spad);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        repeat(out, s.fill, rpad);
    }

    /** _PyUnicode_InsertThousandsGrouping: groups digits from the right, zero-padding up to minWidth. */
    static String group(String digits, int minWidth, char sep, int groupSize) {
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / 3 + minWidth + 1);
        int remaining = digits.length();
        int pos = remaining;
        boolean useSep = false;
        boolean broken = false;
        if (sep != 0) {
            while (true) {
                int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                int zeros = Math.max(0, len - remaining);
                int chars = Math.max(0, Math.min(remaining, len));
                if (useSep) {
                    rev.append(sep);
                }
                for (int i = 0; i < chars; i++) {
                    rev.append(digits.charAt(--pos));
                }
                repeat(rev, '0', zeros);
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            int zeros = Math.max(0, len - remaining);
            int chars = Math.max(0, Math.min(remaining, len));
            if (useSep) {
                rev.append(sep);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(--pos));
            }
            repeat(rev, '0', zeros);
        }
        return rev.reverse().toString();
    }

    // ---- shared with % formatting and str.format ----

    /** printf-style formatting: {@code format % args}. */
    public static String percent(Interpreter in, String format, PyObject args) {
        return PercentFormat.format(in, format, args);
    }

    /** ascii(o): repr(o) with non-ASCII characters escaped. */
    static String ascii(Interpreter in, PyObject o) {
        return Ascii.of(Ops.repr(in, o));
    }
}
