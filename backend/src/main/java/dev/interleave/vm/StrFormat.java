package dev.interleave.vm;

/**
 * str.format and str.format_map, following CPython's Objects/stringlib/unicode_format.h:
 * literal text with {{ and }}, fields with auto or manual numbering, keyword names, .attr and
 * [index] lookups, !r/!s/!a conversions and nested replacement fields in the spec (two
 * levels deep).
 */
final class StrFormat {

    private static final int AUTO_INIT = 0;
    private static final int AUTO_AUTO = 1;
    private static final int AUTO_MANUAL = 2;

    private final Interpreter in;
    /** Positional arguments, or null for format_map. */
    private final PyObject[] positional;
    private final int posStart;
    private final int posCount;
    /** The keyword mapping, or null when there is none. */
    private final PyObject kwargs;
    private int autoState = AUTO_INIT;
    private int autoNumber;

    private StrFormat(Interpreter in, PyObject[] positional, int posStart, int posCount, PyObject kwargs) {
        this.in = in;
        this.positional = positional;
        this.posStart = posStart;
        this.posCount = posCount;
        this.kwargs = kwargs;
    }

    static void install(PyType t) {
        Methods.def(t, "format", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "format");
            int nkw = ClinicArgs.kwCount(k);
            PyDict kw = null;
            if (nkw > 0) {
                kw = new PyDict();
                int base = a.length - nkw;
                for (int i = 0; i < nkw; i++) {
                    kw.putStr(k[i], a[base + i]);
                }
            }
            StrFormat f = new StrFormat(in, a, 1, a.length - 1 - nkw, kw);
            return PyStr.of(f.build(s.value, 2));
        });
        Methods.def(t, "format_map", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "format_map");
            PyObject mapping = ClinicArgs.one("str.format_map", a, k, 1);
            return PyStr.of(new StrFormat(in, null, 0, 0, mapping).build(s.value, 2));
        });
    }

    /** Formats {@code fmt} with the given positional and keyword arguments (for other natives). */
    static String format(Interpreter in, String fmt, PyObject[] args, PyDict kwargs) {
        return new StrFormat(in, args, 0, args.length, kwargs).build(fmt, 2);
    }

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 16);
        int pos = 0;
        while (pos < n) {
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{') {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (s.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            } else if (!markup) {
                out.append(s, start, pos);
                continue;
            }
            out.append(s, start, start + len);
            if (markup) {
                pos = field(s, pos, out, depth);
            }
        }
        return out.toString();
    }

    /** Parses and renders one replacement field starting after '{'; returns the position after '}'. */
    private int field(String s, int pos, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = pos;
        char c = 0;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw PyErr.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < n && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            if (nameEnd < nameStart) {
                nameEnd = nameStart;
            }
            if (c == '!') {
                if (pos >= n) {
                    throw PyErr.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < n) {
                    char d = s.charAt(pos++);
                    if (d == '}') {
                        render(s.substring(nameStart, nameEnd), conversion, "", false, out, depth);
                        return pos;
                    }
                    if (d != ':') {
                        throw PyErr.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int count = 1;
            while (pos < n) {
                char d = s.charAt(pos++);
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}') {
                    count--;
                    if (count == 0) {
                        spec = s.substring(specStart, pos - 1);
                        render(s.substring(nameStart, nameEnd), conversion, spec, expand, out, depth);
                        return pos;
                    }
                }
            }
            throw PyErr.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw PyErr.valueError("expected '}' before end of string");
        }
        render(s.substring(nameStart, nameEnd), 0, "", false, out, depth);
        return pos;
    }

    private void render(String fieldName, int conversion, String spec, boolean expand, StringBuilder out, int depth) {
        PyObject obj = lookup(fieldName);
        if (conversion != 0) {
            obj = switch (conversion) {
                case 'r' -> PyStr.of(Ops.repr(in, obj));
                case 's' -> PyStr.of(Ops.str(in, obj));
                case 'a' -> PyStr.of(Formatter.ascii(in, obj));
                default -> throw PyErr.valueError(conversion > 32 && conversion < 127
                        ? "Unknown conversion specifier " + (char) conversion
                        : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
            };
        }
        if (expand) {
            spec = build(spec, depth - 1);
        }
        Class<?> c = obj.getClass();
        if (c == PyStr.class || c == PyInt.class || c == PyFloat.class || c == PyBool.class) {
            out.append(Formatter.format(in, obj, spec));
        } else {
            out.append(Ops.format(in, obj, spec));
        }
    }

    /** get_field_object: the first part (index or name), then each .attr and [key]. */
    private PyObject lookup(String field) {
        int n = field.length();
        int i = 0;
        while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
            i++;
        }
        String first = field.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        boolean numeric = empty || index != -1;
        if (numeric) {
            if (autoState == AUTO_INIT) {
                autoState = empty ? AUTO_AUTO : AUTO_MANUAL;
            }
            if (autoState == AUTO_MANUAL && empty) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO_AUTO && !empty) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoNumber++;
            }
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = PyStr.of(first);
            if (kwargs == null) {
                throw PyErr.keyError(key);
            }
            if (kwargs instanceof PyDict d) {
                obj = d.get(in, key);
                if (obj == null) {
                    throw PyErr.keyError(key);
                }
            } else {
                obj = Ops.getItem(in, kwargs, key);
            }
        } else {
            if (positional == null) {
                throw PyErr.valueError("Format string contains positional fields");
            }
            if (index >= posCount) {
                throw PyErr.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = positional[posStart + (int) index];
        }
        while (i < n) {
            char c = field.charAt(i++);
            int start = i;
            String name;
            boolean attr;
            if (c == '.') {
                attr = true;
                while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    i++;
                }
                name = field.substring(start, i);
            } else if (c == '[') {
                attr = false;
                while (i < n && field.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                name = field.substring(start, i);
                i++;
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw PyErr.valueError("Empty attribute in format string");
            }
            if (attr) {
                obj = Attr.get(in, obj, name);
            } else {
                long idx = integer(name);
                obj = Ops.getItem(in, obj, idx == -1 ? PyStr.of(name) : PyInt.of(idx));
            }
        }
        return obj;
    }

    /** The value of an all-decimal-digit string, or -1. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            int d = Character.digit(cp, 10);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
