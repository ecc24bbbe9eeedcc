package dev.interleave.vm;

/**
 * str methods that search: find/index/count, startswith/endswith, replace, split/rsplit,
 * splitlines, partition and join. Positions given and returned are code points; the search
 * itself runs on the Java string (char offsets), converting only when the string has
 * surrogate pairs.
 */
final class StrSearch {
    private StrSearch() {}

    static void install(PyType t) {
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean reverse = name.charAt(0) == 'r';
            boolean raise = name.endsWith("index");
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = StrMethods.self(a, name);
                ClinicArgs.positional(name, a, k, 1, 1, 3);
                String sub = strArg(a[1], name);
                long r = find(in, s, sub, a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, reverse);
                if (r < 0 && raise) {
                    throw PyErr.valueError("substring not found");
                }
                return PyInt.of(r);
            });
        }
        Methods.def(t, "count", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "count");
            ClinicArgs.positional("count", a, k, 1, 1, 3);
            return PyInt.of(count(in, s, strArg(a[1], "count"), a.length > 2 ? a[2] : null,
                    a.length > 3 ? a[3] : null));
        });
        for (String name : new String[] {"startswith", "endswith"}) {
            boolean end = name.charAt(0) == 'e';
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = StrMethods.self(a, name);
                ClinicArgs.positional(name, a, k, 1, 1, 3);
                long start = ClinicArgs.sliceBound(in, a.length > 2 ? a[2] : null, 0, true);
                long stop = ClinicArgs.sliceBound(in, a.length > 3 ? a[3] : null, Long.MAX_VALUE, true);
                if (a[1] instanceof PyTuple tup) {
                    for (PyObject o : tup.items) {
                        if (!(o instanceof PyStr p)) {
                            throw PyErr.typeError("tuple for " + name + " must only contain str, not "
                                    + o.type().name());
                        }
                        if (tailMatch(s, p, start, stop, end)) {
                            return PyBool.TRUE;
                        }
                    }
                    return PyBool.FALSE;
                }
                if (!(a[1] instanceof PyStr p)) {
                    throw PyErr.typeError(name + " first arg must be str or a tuple of str, not "
                            + a[1].type().name());
                }
                return PyBool.of(tailMatch(s, p, start, stop, end));
            });
        }
        Methods.def(t, "replace", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "replace");
            int npos = a.length - 1 - ClinicArgs.kwCount(k);
            if (npos < 2) {
                throw PyErr.typeError("replace() takes at least 2 positional arguments (" + npos + " given)");
            }
            PyObject[] p = Args.parse("replace", a, k, 1, new String[] {"old", "new", "count"}, 2);
            if (!(p[0] instanceof PyStr old)) {
                throw PyErr.typeError("replace() argument 1 must be str, not " + ClinicArgs.argType(p[0]));
            }
            if (!(p[1] instanceof PyStr rep)) {
                throw PyErr.typeError("replace() argument 2 must be str, not " + ClinicArgs.argType(p[1]));
            }
            long count = p[2] == null ? -1 : ClinicArgs.ssize(in, p[2]);
            String r = replace(s.value, old.value, rep.value, count < 0 ? Long.MAX_VALUE : count);
            return r == s.value ? s : PyStr.of(r);
        });
        for (String name : new String[] {"split", "rsplit"}) {
            boolean reverse = name.charAt(0) == 'r';
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = StrMethods.self(a, name);
                PyObject[] p = Args.parse(name, a, k, 1, new String[] {"sep", "maxsplit"}, 0);
                long max = p[1] == null ? -1 : ClinicArgs.ssize(in, p[1]);
                if (max < 0) {
                    max = Long.MAX_VALUE;
                }
                PyObject sep = p[0] == null ? PyNone.NONE : p[0];
                if (sep == PyNone.NONE) {
                    return reverse ? rsplitWhitespace(s.value, max) : splitWhitespace(s.value, max);
                }
                if (!(sep instanceof PyStr ss)) {
                    throw PyErr.typeError("must be str or None, not " + sep.type().name());
                }
                if (ss.value.isEmpty()) {
                    throw PyErr.valueError("empty separator");
                }
                return reverse ? rsplit(s.value, ss.value, max) : split(s.value, ss.value, max);
            });
        }
        Methods.def(t, "splitlines", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "splitlines");
            PyObject[] p = Args.parse("splitlines", a, k, 1, new String[] {"keepends"}, 0);
            return splitlines(s.value, p[0] != null && Ops.truthy(in, p[0]));
        });
        for (String name : new String[] {"partition", "rpartition"}) {
            boolean reverse = name.charAt(0) == 'r';
            Methods.def(t, name, (in, a, k) -> {
                PyStr s = StrMethods.self(a, name);
                PyObject sepObj = ClinicArgs.one("str." + name, a, k, 1);
                if (!(sepObj instanceof PyStr sep)) {
                    throw PyErr.typeError("must be str, not " + sepObj.type().name());
                }
                if (sep.value.isEmpty()) {
                    throw PyErr.valueError("empty separator");
                }
                String v = s.value;
                int i = reverse ? v.lastIndexOf(sep.value) : v.indexOf(sep.value);
                if (i < 0) {
                    return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s) : PyTuple.of(s, PyStr.EMPTY, PyStr.EMPTY);
                }
                return PyTuple.of(PyStr.of(v.substring(0, i)), sep, PyStr.of(v.substring(i + sep.value.length())));
            });
        }
        Methods.def(t, "join", (in, a, k) -> {
            PyStr s = StrMethods.self(a, "join");
            return join(in, s, ClinicArgs.one("str.join", a, k, 1));
        });
    }

    private static String strArg(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(fname + "() argument 1 must be str, not " + ClinicArgs.argType(o));
    }

    private static int cpIndex(PyStr s, int offset) {
        return s.isSimple() ? offset : s.value.codePointCount(0, offset);
    }

    /** find/rfind: the code point index of sub within s[start:end], or -1. */
    static long find(Interpreter in, PyStr s, String sub, PyObject startObj, PyObject endObj, boolean reverse) {
        int len = s.length();
        int[] r = ClinicArgs.adjust(ClinicArgs.sliceBound(in, startObj, 0, true),
                ClinicArgs.sliceBound(in, endObj, Long.MAX_VALUE, true), len);
        int subLen = sub.codePointCount(0, sub.length());
        if ((long) r[1] - r[0] < subLen) {
            return -1;
        }
        int from = s.offsetOf(r[0]);
        int to = s.offsetOf(r[1]);
        String v = s.value;
        int i;
        if (reverse) {
            i = v.lastIndexOf(sub, to - sub.length());
            if (i < from) {
                return -1;
            }
        } else {
            i = v.indexOf(sub, from);
            if (i < 0 || i + sub.length() > to) {
                return -1;
            }
        }
        return cpIndex(s, i);
    }

    static long count(Interpreter in, PyStr s, String sub, PyObject startObj, PyObject endObj) {
        int len = s.length();
        int[] r = ClinicArgs.adjust(ClinicArgs.sliceBound(in, startObj, 0, true),
                ClinicArgs.sliceBound(in, endObj, Long.MAX_VALUE, true), len);
        int subLen = sub.codePointCount(0, sub.length());
        if ((long) r[1] - r[0] < subLen) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int from = s.offsetOf(r[0]);
        int to = s.offsetOf(r[1]);
        String v = s.value;
        long n = 0;
        int i = v.indexOf(sub, from);
        while (i >= 0 && i + sub.length() <= to) {
            n++;
            i = v.indexOf(sub, i + sub.length());
        }
        return n;
    }

    /** CPython's tailmatch for startswith/endswith. */
    private static boolean tailMatch(PyStr s, PyStr p, long start, long stop, boolean atEnd) {
        int[] r = ClinicArgs.adjust(start, stop, s.length());
        int plen = p.length();
        long last = (long) r[1] - plen;
        if (last < r[0]) {
            return false;
        }
        if (plen == 0) {
            return true;
        }
        int offset = s.offsetOf(atEnd ? (int) last : r[0]);
        return s.value.startsWith(p.value, offset);
    }

    /** str.replace; returns {@code s} itself when nothing changes. */
    static String replace(String s, String old, String rep, long count) {
        if (count == 0) {
            return s;
        }
        if (old.isEmpty()) {
            int cps = s.codePointCount(0, s.length());
            long inserts = Math.min(count, (long) cps + 1);
            StringBuilder sb = new StringBuilder(s.length() + (int) Math.min(inserts * rep.length(), 1 << 20));
            int i = 0;
            long done = 0;
            while (done < inserts) {
                sb.append(rep);
                done++;
                if (i < s.length()) {
                    int c = s.codePointAt(i);
                    sb.appendCodePoint(c);
                    i += Character.charCount(c);
                }
            }
            sb.append(s, i, s.length());
            return sb.toString();
        }
        int i = s.indexOf(old);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, rep.length() - old.length()) * 4);
        int last = 0;
        long done = 0;
        while (i >= 0 && done < count) {
            sb.append(s, last, i).append(rep);
            last = i + old.length();
            done++;
            i = s.indexOf(old, last);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    static PyList splitWhitespace(String s, long max) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i++;
            while (i < n && !UnicodeProps.isSpace(s.charAt(i))) {
                i++;
            }
            out.append(PyStr.of(s.substring(j, i)));
        }
        if (i < n) {
            while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                out.append(PyStr.of(s.substring(i)));
            }
        }
        return out;
    }

    static PyList rsplitWhitespace(String s, long max) {
        PyList out = new PyList();
        int i = s.length() - 1;
        while (max-- > 0) {
            while (i >= 0 && UnicodeProps.isSpace(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i--;
            while (i >= 0 && !UnicodeProps.isSpace(s.charAt(i))) {
                i--;
            }
            out.append(PyStr.of(s.substring(i + 1, j + 1)));
        }
        if (i >= 0) {
            while (i >= 0 && UnicodeProps.isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                out.append(PyStr.of(s.substring(0, i + 1)));
            }
        }
        reverse(out);
        return out;
    }

    static PyList split(String s, String sep, long max) {
        PyList out = new PyList();
        int last = 0;
        int i = s.indexOf(sep);
        while (i >= 0 && max-- > 0) {
            out.append(PyStr.of(s.substring(last, i)));
            last = i + sep.length();
            i = s.indexOf(sep, last);
        }
        out.append(PyStr.of(s.substring(last)));
        return out;
    }

    static PyList rsplit(String s, String sep, long max) {
        PyList out = new PyList();
        int end = s.length();
        int i = s.lastIndexOf(sep, end - sep.length());
        while (i >= 0 && max-- > 0) {
            out.append(PyStr.of(s.substring(i + sep.length(), end)));
            end = i;
            i = end - sep.length() >= 0 ? s.lastIndexOf(sep, end - sep.length()) : -1;
        }
        out.append(PyStr.of(s.substring(0, end)));
        reverse(out);
        return out;
    }

    private static void reverse(PyList l) {
        PyObject[] items = l.rawItems();
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            PyObject x = items[i];
            items[i] = items[j];
            items[j] = x;
        }
    }

    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !UnicodeProps.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.append(PyStr.of(s.substring(j, eol)));
        }
        return out;
    }

    static PyObject join(Interpreter in, PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.rawItems();
            n = l.size();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
            n = items.length;
        } else {
            PyObject it;
            try {
                it = Ops.iter(in, iterable);
            } catch (PyException e) {
                if (e.exc.isInstance(Builtins.TYPE_ERROR)) {
                    throw PyErr.typeError("can only join an iterable");
                }
                throw e;
            }
            PyList collected = new PyList();
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                collected.append(x);
            }
            items = collected.rawItems();
            n = collected.size();
        }
        if (n == 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && items[0] instanceof PyStr only) {
            return only;
        }
        long total = (long) sep.value.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyErr.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name()
                        + " found");
            }
            total += s.value.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
        }
        StringBuilder sb = new StringBuilder((int) total);
        String sv = sep.value;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sv);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }
}
