package dev.interleave.vm;

/**
 * The str type: its allocator and methods. Searching, splitting and joining are in
 * {@link StrSearch}, str.format in {@link StrFormat}, character properties in
 * {@link UnicodeProps}. Indexes are code points, as in Python.
 */
final class StrMethods {
    private StrMethods() {}

    static void install() {
        PyType t = Builtins.STR;
        t.allocator(StrMethods::allocate);
        Methods.def(t, "__format__", (in, a, k) -> {
            PyObject spec = ClinicArgs.one("str.__format__", a, k, 1);
            if (!(spec instanceof PyStr ss)) {
                throw PyErr.typeError("__format__() argument must be str, not " + ClinicArgs.argType(spec));
            }
            self(a, "__format__");
            return PyStr.of(Formatter.format(in, a[0], ss.value));
        });
        installCase(t);
        installPredicates(t);
        installPadding(t);
        installStrip(t);
        StrSearch.install(t);
        StrFormat.install(t);
        installTranslate(t);
    }

    /** The str a method applies to; for a subclass instance a plain copy, so that results are plain str. */
    static PyStr self(PyObject[] args, String name) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method str." + name + "() needs an argument");
        }
        if (args[0] instanceof PyStr s) {
            return s.exact();
        }
        throw PyErr.typeError("descriptor '" + name + "' for 'str' objects doesn't apply to a '"
                + args[0].type().name() + "' object");
    }

    /** str(object='') and str(object, encoding, errors); an instance of a subclass for a program-defined type. */
    private static PyObject allocate(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        PyStr v = strValue(in, args, kwnames);
        return type == Builtins.STR ? v : new PyStr.Sub(type, v.value);
    }

    private static PyStr strValue(Interpreter in, PyObject[] args, String[] kwnames) {
        if (args.length == 0) {
            return PyStr.EMPTY;
        }
        if (args.length == 1 && kwnames == null) { // str(x), by far the commonest call
            return args[0].getClass() == PyStr.class ? (PyStr) args[0] : PyStr.of(Ops.str(in, args[0]));
        }
        int npos = args.length - ClinicArgs.kwCount(kwnames);
        if (npos > 3) {
            throw PyErr.typeError("str expected at most 3 arguments, got " + npos);
        }
        PyObject[] p = Args.parse("str", args, kwnames, 0, new String[] {"object", "encoding", "errors"}, 0);
        if (p[1] != null || p[2] != null) {
            if (p[0] instanceof PyStr) {
                throw PyErr.typeError("decoding str is not supported");
            }
            throw PyErr.typeError("decoding to str: need a bytes-like object, " + (p[0] == null ? "str"
                    : p[0].type().name()) + " found");
        }
        if (p[0] == null) {
            return PyStr.EMPTY;
        }
        return p[0].getClass() == PyStr.class ? (PyStr) p[0] : PyStr.of(Ops.str(in, p[0]));
    }

    // ---- case ----

    private interface StrFn {
        String apply(String s);
    }

    private static void noArgs(PyType t, String name, StrFn fn) {
        String q = "str." + name;
        Methods.def(t, name, (in, a, k) -> {
            PyStr s = self(a, name);
            ClinicArgs.none(q, a, k, 1);
            String r = fn.apply(s.value);
            return r == s.value ? s : PyStr.of(r);
        });
    }

    private static void installCase(PyType t) {
        noArgs(t, "upper", StrMethods::upper);
        noArgs(t, "lower", StrMethods::lower);
        noArgs(t, "casefold", s -> {
            if (UnicodeProps.isAscii(s)) {
                return lower(s);
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                UnicodeProps.appendFold(sb, c);
                i += Character.charCount(c);
            }
            return sb.toString();
        });
        noArgs(t, "swapcase", s -> {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (UnicodeProps.isUpper(c)) {
                    UnicodeProps.appendLower(sb, s, i, c);
                } else if (UnicodeProps.isLower(c)) {
                    UnicodeProps.appendUpper(sb, c);
                } else {
                    sb.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            return sb.toString();
        });
        noArgs(t, "title", s -> {
            StringBuilder sb = new StringBuilder(s.length());
            boolean previousCased = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (previousCased) {
                    UnicodeProps.appendLower(sb, s, i, c);
                } else {
                    UnicodeProps.appendTitle(sb, c);
                }
                previousCased = UnicodeProps.isCased(c);
                i += Character.charCount(c);
            }
            return sb.toString();
        });
        noArgs(t, "capitalize", s -> {
            if (s.isEmpty()) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            int c = s.codePointAt(0);
            UnicodeProps.appendTitle(sb, c);
            for (int i = Character.charCount(c); i < s.length(); ) {
                int d = s.codePointAt(i);
                UnicodeProps.appendLower(sb, s, i, d);
                i += Character.charCount(d);
            }
            return sb.toString();
        });
    }

    /** upper() with an ASCII fast path; {@code s} itself when nothing changes. */
    static String upper(String s) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return UnicodeProps.upper(s);
            }
            if (first < 0 && c >= 'a' && c <= 'z') {
                first = i;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < n; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - 32);
            }
        }
        return new String(chars);
    }

    /** lower() with an ASCII fast path; {@code s} itself when nothing changes. */
    static String lower(String s) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return UnicodeProps.lower(s);
            }
            if (first < 0 && c >= 'A' && c <= 'Z') {
                first = i;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < n; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }

    // ---- predicates ----

    private interface CharTest {
        boolean test(int c);
    }

    /** A predicate true when the string is non-empty and every code point passes. */
    private static void allChars(PyType t, String name, CharTest test) {
        String q = "str." + name;
        Methods.def(t, name, (in, a, k) -> {
            String s = self(a, name).value;
            ClinicArgs.none(q, a, k, 1);
            int n = s.length();
            if (n == 0) {
                return PyBool.FALSE;
            }
            for (int i = 0; i < n; ) {
                int c = s.codePointAt(i);
                if (!test.test(c)) {
                    return PyBool.FALSE;
                }
                i += Character.charCount(c);
            }
            return PyBool.TRUE;
        });
    }

    private interface StrTest {
        boolean test(String s);
    }

    private static void predicate(PyType t, String name, StrTest test) {
        String q = "str." + name;
        Methods.def(t, name, (in, a, k) -> {
            String s = self(a, name).value;
            ClinicArgs.none(q, a, k, 1);
            return PyBool.of(test.test(s));
        });
    }

    private static void installPredicates(PyType t) {
        allChars(t, "isdigit", UnicodeProps::isDigit);
        allChars(t, "isdecimal", UnicodeProps::isDecimal);
        allChars(t, "isnumeric", UnicodeProps::isNumeric);
        allChars(t, "isalpha", UnicodeProps::isAlpha);
        allChars(t, "isalnum", UnicodeProps::isAlnum);
        allChars(t, "isspace", UnicodeProps::isSpace);
        predicate(t, "isascii", UnicodeProps::isAscii);
        predicate(t, "isprintable", s -> {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (!UnicodeProps.isPrintable(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        });
        predicate(t, "isidentifier", s -> {
            if (s.isEmpty() || !UnicodeProps.isIdentifierStart(s.codePointAt(0))) {
                return false;
            }
            for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
                int c = s.codePointAt(i);
                if (!UnicodeProps.isIdentifierPart(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        });
        predicate(t, "isupper", s -> {
            boolean cased = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (UnicodeProps.isLower(c) || UnicodeProps.isTitle(c)) {
                    return false;
                }
                cased |= UnicodeProps.isUpper(c);
                i += Character.charCount(c);
            }
            return cased;
        });
        predicate(t, "islower", s -> {
            boolean cased = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                    return false;
                }
                cased |= UnicodeProps.isLower(c);
                i += Character.charCount(c);
            }
            return cased;
        });
        predicate(t, "istitle", s -> {
            boolean cased = false;
            boolean previousCased = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else if (UnicodeProps.isLower(c)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
                i += Character.charCount(c);
            }
            return cased;
        });
    }

    // ---- padding ----

    private static void installPadding(PyType t) {
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = self(a, name);
                if (ClinicArgs.kwCount(k) > 0) {
                    throw PyErr.typeError("str." + name + "() takes no keyword arguments");
                }
                ClinicArgs.count(name, a.length - 1, 1, 2);
                long width = ClinicArgs.ssize(in, a[1]);
                int fill = a.length > 2 ? fillChar(a[2]) : ' ';
                int len = s.length();
                if (width <= len) {
                    return s;
                }
                Formatter.checkWidth(width);
                int marg = (int) width - len;
                int left = switch (name) {
                    case "center" -> marg / 2 + (marg & (int) width & 1);
                    case "ljust" -> 0;
                    default -> marg;
                };
                StringBuilder sb = new StringBuilder((int) width + 2);
                Formatter.repeat(sb, fill, left);
                sb.append(s.value);
                Formatter.repeat(sb, fill, marg - left);
                return PyStr.of(sb.toString());
            });
        }
        Methods.def(t, "zfill", (in, a, k) -> {
            PyStr s = self(a, "zfill");
            long width = ClinicArgs.ssize(in, ClinicArgs.one("str.zfill", a, k, 1));
            int len = s.length();
            if (width <= len) {
                return s;
            }
            Formatter.checkWidth(width);
            StringBuilder sb = new StringBuilder((int) width + 1);
            String v = s.value;
            int start = 0;
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                sb.append(v.charAt(0));
                start = 1;
            }
            Formatter.repeat(sb, '0', (int) width - len);
            sb.append(v, start, v.length());
            return PyStr.of(sb.toString());
        });
        Methods.def(t, "expandtabs", (in, a, k) -> {
            PyStr s = self(a, "expandtabs");
            PyObject[] p = Args.parse("expandtabs", a, k, 1, new String[] {"tabsize"}, 0);
            long tab = p[0] == null ? 8 : ClinicArgs.ssize(in, p[0]);
            String v = s.value;
            if (v.indexOf('\t') < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(v.length() + 16);
            long col = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (tab > 0) {
                        long incr = tab - col % tab;
                        Formatter.checkWidth(sb.length() + incr);
                        col += incr;
                        Formatter.repeat(sb, ' ', (int) incr);
                    }
                } else {
                    sb.append(c);
                    if (!Character.isLowSurrogate(c)) {
                        col++;
                    }
                    if (c == '\n' || c == '\r') {
                        col = 0;
                    }
                }
            }
            return PyStr.of(sb.toString());
        });
    }

    private static int fillChar(PyObject o) {
        if (!(o instanceof PyStr f)) {
            throw PyErr.typeError("The fill character must be a unicode character, not " + o.type().name());
        }
        if (f.length() != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    // ---- strip, prefixes ----

    private static void installStrip(PyType t) {
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = self(a, name);
                ClinicArgs.positional(name, a, k, 1, 0, 1);
                PyObject chars = a.length > 1 ? a[1] : PyNone.NONE;
                String set = null;
                if (chars instanceof PyStr cs) {
                    set = cs.value;
                } else if (chars != PyNone.NONE) {
                    throw PyErr.typeError(name + " arg must be None or str");
                }
                String r = strip(s.value, set, left, right);
                return r.length() == s.value.length() ? s : PyStr.of(r);
            });
        }
        Methods.def(t, "removeprefix", (in, a, k) -> {
            PyStr s = self(a, "removeprefix");
            PyObject p = ClinicArgs.one("str.removeprefix", a, k, 1);
            if (!(p instanceof PyStr ps)) {
                throw PyErr.typeError("removeprefix() argument must be str, not " + ClinicArgs.argType(p));
            }
            return s.value.startsWith(ps.value) && !ps.value.isEmpty()
                    ? PyStr.of(s.value.substring(ps.value.length())) : s;
        });
        Methods.def(t, "removesuffix", (in, a, k) -> {
            PyStr s = self(a, "removesuffix");
            PyObject p = ClinicArgs.one("str.removesuffix", a, k, 1);
            if (!(p instanceof PyStr ps)) {
                throw PyErr.typeError("removesuffix() argument must be str, not " + ClinicArgs.argType(p));
            }
            return s.value.endsWith(ps.value) && !ps.value.isEmpty()
                    ? PyStr.of(s.value.substring(0, s.value.length() - ps.value.length())) : s;
        });
    }

    /** Strips whitespace (set == null) or the code points of set from either end. */
    static String strip(String s, String set, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!(set == null ? UnicodeProps.isSpace(c) : contains(set, c))) {
                    break;
                }
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!(set == null ? UnicodeProps.isSpace(c) : contains(set, c))) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    private static boolean contains(String set, int c) {
        return c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? set.indexOf((char) c) >= 0 : set.indexOf(c) >= 0;
    }

    // ---- maketrans / translate ----

    private static void installTranslate(PyType t) {
        PyBuiltinFunction maketrans = Methods.fn("maketrans", StrMethods::maketrans);
        t.ownDict().put("maketrans", new PyWrappedMethod(maketrans, false));
        Methods.def(t, "translate", (in, a, k) -> {
            PyStr s = self(a, "translate");
            PyObject table = ClinicArgs.one("str.translate", a, k, 1);
            String v = s.value;
            StringBuilder sb = new StringBuilder(v.length());
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                PyObject m;
                try {
                    m = Ops.getItem(in, table, PyInt.of(c));
                } catch (PyException e) {
                    if (e.exc.isInstance(Builtins.LOOKUP_ERROR)) {
                        sb.appendCodePoint(c);
                        continue;
                    }
                    throw e;
                }
                if (m == PyNone.NONE) {
                    continue;
                }
                if (m instanceof PyInt mi) {
                    if (mi.isBig() || mi.value < 0 || mi.value > 0x10FFFF) {
                        throw PyErr.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) mi.value);
                } else if (m instanceof PyStr ms) {
                    sb.append(ms.value);
                } else {
                    throw PyErr.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString());
        });
    }

    private static PyObject maketrans(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("maketrans", a, k, 0, 1, 3);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject key = d.keyAt(e);
                if (key instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    out.put(in, PyInt.of(ks.codePointAt(0)), d.valueAt(e));
                } else if (key instanceof PyInt) {
                    out.put(in, key, d.valueAt(e));
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw PyErr.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(a[1] instanceof PyStr y)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not " + ClinicArgs.argType(a[1]));
        }
        PyStr z = null;
        if (a.length == 3) {
            if (!(a[2] instanceof PyStr zs)) {
                throw PyErr.typeError("maketrans() argument 3 must be str, not " + ClinicArgs.argType(a[2]));
            }
            z = zs;
        }
        if (x.length() != y.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            out.put(in, PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (z != null) {
            for (int i = 0; i < z.length(); i++) {
                out.put(in, PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return out;
    }
}
