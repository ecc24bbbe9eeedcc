package dev.interleave.vm;

import java.math.BigInteger;

/**
 * printf-style formatting, {@code format % args}, as CPython's PyUnicode_Format does it:
 * mapping keys, flags, {@code *} width and precision, the same conversions, the same padding
 * rules and the same errors.
 */
final class PercentFormat {
    private PercentFormat() {}

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The argument cursor (CPython's unicode_formatter_t). */
    private static final class State {
        PyObject args;
        int arglen;
        int argidx;
        PyObject dict;

        PyObject next() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : ((PyTuple) args).get(i);
            }
            throw PyErr.typeError("not enough arguments for format string");
        }
    }

    /** One conversion being formatted (unicode_format_arg_t). */
    private static final class Arg {
        int ch;
        int flags;
        long width = -1;
        int prec = -1;
        boolean sign;
    }

    static String format(Interpreter in, String fmt, PyObject args) {
        State st = new State();
        st.args = args;
        if (args instanceof PyTuple t) {
            st.arglen = t.size();
            st.argidx = 0;
        } else {
            st.arglen = -1;
            st.argidx = -2;
        }
        if (!(args instanceof PyTuple) && !(args instanceof PyStr) && isMapping(args)) {
            st.dict = args;
        }
        int n = fmt.length();
        StringBuilder out = new StringBuilder(n + 16);
        int pos = 0;
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = formatOne(in, st, fmt, pct + 1, out);
        }
        if (st.argidx < st.arglen && st.dict == null) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static boolean isMapping(PyObject o) {
        if (o instanceof PyDict || o instanceof PyList || o instanceof PyStr || o instanceof PyTuple) {
            return true;
        }
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PySet || o == PyNone.NONE) {
            return false;
        }
        return o.type() == Builtins.RANGE || o.type().lookup("__getitem__") != null;
    }

    private static PyException incomplete() {
        return PyErr.valueError("incomplete format");
    }

    /** Formats the conversion starting after a '%' at {@code pos}; returns the position after it. */
    private static int formatOne(Interpreter in, State st, String fmt, int pos, StringBuilder out) {
        int n = fmt.length();
        if (pos < n && fmt.charAt(pos) == '%') {
            out.append('%');
            return pos + 1;
        }
        if (pos < n && fmt.charAt(pos) == '(') {
            if (st.dict == null) {
                throw PyErr.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && pos < n) {
                char c = fmt.charAt(pos++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw PyErr.valueError("incomplete format key");
            }
            st.args = Ops.getItem(in, st.dict, PyStr.of(fmt.substring(keyStart, pos - 1)));
            st.arglen = -1;
            st.argidx = -2;
        }
        Arg a = new Arg();
        while (true) {
            if (pos >= n) {
                throw incomplete();
            }
            a.ch = fmt.codePointAt(pos);
            pos += Character.charCount(a.ch);
            int f = switch (a.ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            a.flags |= f;
        }
        if (a.ch == '*') {
            PyObject v = st.next();
            if (!(v instanceof PyInt vi)) {
                throw PyErr.typeError("* wants int");
            }
            if (vi.isBig()) {
                throw PyErr.overflow("Python int too large to convert to C ssize_t");
            }
            a.width = vi.value;
            if (a.width < 0) {
                a.flags |= F_LJUST;
                a.width = -a.width;
            }
            if (pos >= n) {
                throw incomplete();
            }
            a.ch = fmt.codePointAt(pos);
            pos += Character.charCount(a.ch);
        } else if (a.ch >= '0' && a.ch <= '9') {
            a.width = a.ch - '0';
            while (true) {
                if (pos >= n) {
                    throw incomplete();
                }
                a.ch = fmt.codePointAt(pos);
                pos += Character.charCount(a.ch);
                if (a.ch < '0' || a.ch > '9') {
                    break;
                }
                if (a.width > (Long.MAX_VALUE - (a.ch - '0')) / 10) {
                    throw PyErr.valueError("width too big");
                }
                a.width = a.width * 10 + (a.ch - '0');
            }
        }
        if (a.ch == '.') {
            a.prec = 0;
            if (pos >= n) {
                throw incomplete();
            }
            a.ch = fmt.codePointAt(pos);
            pos += Character.charCount(a.ch);
            if (a.ch == '*') {
                PyObject v = st.next();
                if (!(v instanceof PyInt vi)) {
                    throw PyErr.typeError("* wants int");
                }
                if (vi.isBig() || vi.value > Integer.MAX_VALUE || vi.value < Integer.MIN_VALUE) {
                    throw PyErr.overflow("Python int too large to convert to C int");
                }
                a.prec = (int) Math.max(0, vi.value);
                if (pos >= n) {
                    throw incomplete();
                }
                a.ch = fmt.codePointAt(pos);
                pos += Character.charCount(a.ch);
            } else if (a.ch >= '0' && a.ch <= '9') {
                a.prec = a.ch - '0';
                while (true) {
                    if (pos >= n) {
                        throw incomplete();
                    }
                    a.ch = fmt.codePointAt(pos);
                    pos += Character.charCount(a.ch);
                    if (a.ch < '0' || a.ch > '9') {
                        break;
                    }
                    if (a.prec > (Integer.MAX_VALUE - (a.ch - '0')) / 10) {
                        throw PyErr.valueError("precision too big");
                    }
                    a.prec = a.prec * 10 + (a.ch - '0');
                }
            }
        }
        if (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
            if (pos >= n) {
                throw incomplete();
            }
            a.ch = fmt.codePointAt(pos);
            pos += Character.charCount(a.ch);
        }
        PyObject v = st.next();
        String str = convert(in, a, v, pos - Character.charCount(a.ch));
        output(out, a, str);
        if (st.dict != null && st.argidx < st.arglen) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return pos;
    }

    private static String convert(Interpreter in, Arg a, PyObject v, int chIndex) {
        switch (a.ch) {
            case 's' -> {
                return Ops.str(in, v);
            }
            case 'r' -> {
                return Ops.repr(in, v);
            }
            case 'a' -> {
                return Formatter.ascii(in, v);
            }
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                a.sign = true;
                return formatLong(in, integerFor(in, v, (char) a.ch), (a.flags & F_ALT) != 0, a.prec, (char) a.ch);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                a.sign = true;
                double x = ClinicArgs.real(in, v);
                int prec = a.prec < 0 ? 6 : a.prec;
                String body = Formatter.doubleToString(Math.abs(x), (char) a.ch, prec, (a.flags & F_ALT) != 0);
                return !Double.isNaN(x) && Double.doubleToRawLongBits(x) < 0 ? "-" + body : body;
            }
            case 'c' -> {
                return new String(Character.toChars(formatChar(in, v)));
            }
            default -> {
                char shown = a.ch >= 31 && a.ch <= 126 ? (char) a.ch : '?';
                throw PyErr.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(a.ch)
                        + ") at index " + chIndex);
            }
        }
    }

    /** mainformatlong: the integer a %d/%x/%o conversion formats, or its TypeError. */
    private static PyInt integerFor(Interpreter in, PyObject v, char type) {
        if (v instanceof PyInt i) {
            return i;
        }
        boolean isNumber = v instanceof PyFloat || v.type().lookup("__index__") != null
                || v.type().lookup("__int__") != null || v.type().lookup("__float__") != null;
        try {
            if (!isNumber) {
                throw PyErr.typeError("");
            }
            if (type == 'o' || type == 'x' || type == 'X') {
                return ClinicArgs.indexObject(in, v);
            }
            return NumberMethods.toInt(in, v);
        } catch (PyException e) {
            if (!e.exc.isInstance(Builtins.TYPE_ERROR)) {
                throw e;
            }
            throw PyErr.typeError("%" + type + " format: "
                    + (type == 'o' || type == 'x' || type == 'X' ? "an integer is required, not "
                    : "a real number is required, not ") + v.type().name());
        }
    }

    private static int formatChar(Interpreter in, PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.codePointAt(0);
            }
            throw PyErr.typeError("%c requires int or char");
        }
        PyInt i;
        try {
            i = ClinicArgs.indexObject(in, v);
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.TYPE_ERROR)) {
                throw PyErr.typeError("%c requires int or char");
            }
            throw e;
        }
        if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) {
            throw PyErr.overflow("%c arg not in range(0x110000)");
        }
        return (int) i.value;
    }

    /** _PyUnicode_FormatLong: sign, optional 0x/0o marker, digits zero-filled to prec. */
    private static String formatLong(Interpreter in, PyInt val, boolean alt, int prec, char type) {
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        BigInteger big = val.isBig() ? val.big : null;
        boolean negative = val.signum() < 0;
        String digits = big != null && radix == 10 ? NumberMethods.bigToDecimal(in, big.abs())
                : big != null ? big.abs().toString(radix)
                : val.value == Long.MIN_VALUE ? BigInteger.valueOf(val.value).negate().toString(radix)
                : Long.toString(Math.abs(val.value), radix);
        StringBuilder sb = new StringBuilder(digits.length() + 4 + Math.max(0, prec));
        if (negative) {
            sb.append('-');
        }
        if (alt && radix != 10) {
            sb.append('0').append(radix == 8 ? 'o' : 'x');
        }
        Formatter.repeat(sb, '0', prec - digits.length());
        sb.append(digits);
        String s = sb.toString();
        return type == 'X' ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** unicode_format_arg_output: sign, 0x prefix, padding and truncation. */
    private static void output(StringBuilder out, Arg a, String str) {
        char fill = a.sign && (a.flags & F_ZERO) != 0 ? '0' : ' ';
        int len = str.codePointCount(0, str.length());
        if ((a.width == -1 || a.width <= len) && (a.prec == -1 || a.prec >= len)
                && (a.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((a.ch == 's' || a.ch == 'r' || a.ch == 'a') && a.prec >= 0 && len > a.prec) {
            len = a.prec;
        }
        int pindex = 0;
        char signchar = 0;
        if (a.sign) {
            char c = str.charAt(0);
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                pindex++;
            } else if ((a.flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((a.flags & F_BLANK) != 0) {
                signchar = ' ';
            }
        }
        long width = Math.max(a.width, len);
        Formatter.checkWidth(width);
        if (signchar != 0) {
            if (fill != ' ') {
                out.append(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (a.flags & F_ALT) != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append('0').append((char) a.ch);
                pindex += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (a.flags & F_LJUST) == 0) {
            Formatter.repeat(out, fill, (int) (width - len));
            width = len;
        }
        if (fill == ' ') {
            if (signchar != 0) {
                out.append(signchar);
            }
            if (prefix) {
                out.append('0').append((char) a.ch);
                pindex += 2;
            }
        }
        if (len > 0) {
            int end = str.offsetByCodePoints(pindex, len);
            out.append(str, pindex, end);
        }
        if (width > len) {
            Formatter.repeat(out, ' ', (int) (width - len));
        }
    }
}
