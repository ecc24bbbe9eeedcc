package dev.interleave.vm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * bytes: what crosses a pipe (subprocess output without text mode). The operations a program
 * needs on a command's output: repr, ==, hash, len, +, in, decode, strip, split, splitlines,
 * startswith/endswith; str.encode makes them.
 */
public final class PyBytes extends PyObject implements SharedAcrossProcesses {

    final byte[] value;

    PyBytes(byte[] value) {
        this.value = value;
    }

    public static PyBytes of(byte[] v) {
        return new PyBytes(v);
    }

    static PyBytes utf8(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public PyType type() {
        return Builtins.BYTES;
    }

    /** CPython's bytes repr: b'...' (double quotes when only a single quote is inside). */
    static String repr(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : v) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : v) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** bytes.decode with utf-8 (or ascii/latin-1) and the strict error handler. */
    static String decode(byte[] v, String encoding) {
        String enc = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (enc.equals("latin-1") || enc.equals("latin1") || enc.equals("iso-8859-1")) {
            return new String(v, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = enc.equals("ascii") || enc.equals("us-ascii");
        if (!ascii && !enc.equals("utf-8") && !enc.equals("utf8")) {
            throw PyErr.of(Builtins.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        for (int i = 0; i < v.length; i++) {
            if (ascii && (v[i] & 0x80) != 0) {
                throw PyErr.of(Builtins.VALUE_ERROR, "'ascii' codec can't decode byte "
                        + String.format("0x%02x", v[i] & 0xFF) + " in position " + i
                        + ": ordinal not in range(128)");
            }
        }
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(v));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw PyErr.of(Builtins.VALUE_ERROR, "'utf-8' codec can't decode bytes");
        }
    }

    private static byte[] of(PyObject o, String what) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        throw PyErr.typeError(what + ", not '" + o.type().name() + "'");
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    private static int indexOf(byte[] h, byte[] n, int from) {
        outer:
        for (int i = from; i + n.length <= h.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static PyObject strip(PyObject[] a, boolean left, boolean right) {
        byte[] v = ((PyBytes) a[0]).value;
        byte[] chars = a.length > 1 && a[1] != PyNone.NONE ? of(a[1], "a bytes-like object is required") : null;
        int s = 0;
        int e = v.length;
        while (left && s < e && (chars == null ? space(v[s]) : indexOf(chars, new byte[] {v[s]}, 0) >= 0)) {
            s++;
        }
        while (right && e > s && (chars == null ? space(v[e - 1]) : indexOf(chars, new byte[] {v[e - 1]}, 0) >= 0)) {
            e--;
        }
        return new PyBytes(Arrays.copyOfRange(v, s, e));
    }

    private static PyObject split(PyObject[] a) {
        byte[] v = ((PyBytes) a[0]).value;
        PyList out = new PyList();
        if (a.length < 2 || a[1] == PyNone.NONE) {
            int i = 0;
            while (true) {
                while (i < v.length && space(v[i])) {
                    i++;
                }
                if (i == v.length) {
                    return out;
                }
                int j = i;
                while (j < v.length && !space(v[j])) {
                    j++;
                }
                out.append(new PyBytes(Arrays.copyOfRange(v, i, j)));
                i = j;
            }
        }
        byte[] sep = of(a[1], "a bytes-like object is required");
        if (sep.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        int i = 0;
        int at;
        while ((at = indexOf(v, sep, i)) >= 0) {
            out.append(new PyBytes(Arrays.copyOfRange(v, i, at)));
            i = at + sep.length;
        }
        out.append(new PyBytes(Arrays.copyOfRange(v, i, v.length)));
        return out;
    }

    private static PyObject splitlines(PyObject[] a, Interpreter in) {
        byte[] v = ((PyBytes) a[0]).value;
        boolean keep = a.length > 1 && Ops.truthy(in, a[1]);
        PyList out = new PyList();
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j < v.length && v[j] != '\n' && v[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < v.length) {
                j += v[j] == '\r' && j + 1 < v.length && v[j + 1] == '\n' ? 2 : 1;
            }
            out.append(new PyBytes(Arrays.copyOfRange(v, i, keep ? j : eol)));
            i = j;
        }
        return out;
    }

    private static PyObject affix(PyObject[] a, boolean start, String name) {
        byte[] v = ((PyBytes) a[0]).value;
        PyObject arg = ClinicArgs.one(name, java.util.Arrays.copyOfRange(a, 1, a.length), null, 0);
        PyObject[] options = arg instanceof PyTuple t ? t.items : new PyObject[] {arg};
        for (PyObject o : options) {
            if (!(o instanceof PyBytes)) {
                throw PyErr.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                        + o.type().name());
            }
            byte[] p = ((PyBytes) o).value;
            if (p.length <= v.length && Arrays.equals(p, 0, p.length, v, start ? 0 : v.length - p.length,
                    start ? p.length : v.length)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    /** Registers bytes' methods, and str.encode. */
    static void install() {
        PyType t = Builtins.BYTES;
        Methods.def(t, "__repr__", (in, a, k) -> PyStr.of(repr(((PyBytes) a[0]).value)));
        Methods.def(t, "__str__", (in, a, k) -> PyStr.of(repr(((PyBytes) a[0]).value)));
        Methods.def(t, "__eq__", (in, a, k) -> a[1] instanceof PyBytes o
                ? PyBool.of(Arrays.equals(((PyBytes) a[0]).value, o.value)) : PyNone.NOT_IMPLEMENTED);
        Methods.def(t, "__ne__", (in, a, k) -> a[1] instanceof PyBytes o
                ? PyBool.of(!Arrays.equals(((PyBytes) a[0]).value, o.value)) : PyNone.NOT_IMPLEMENTED);
        Methods.def(t, "__hash__", (in, a, k) -> {
            PyStr s = PyStr.of(new String(((PyBytes) a[0]).value, StandardCharsets.ISO_8859_1));
            return PyInt.of(Hashing.pyHash(in, s));
        });
        Methods.def(t, "__len__", (in, a, k) -> PyInt.of(((PyBytes) a[0]).value.length));
        Methods.def(t, "__add__", (in, a, k) -> {
            if (!(a[1] instanceof PyBytes o)) {
                throw PyErr.typeError("can't concat " + a[1].type().name() + " to bytes");
            }
            byte[] x = ((PyBytes) a[0]).value;
            byte[] r = Arrays.copyOf(x, x.length + o.value.length);
            System.arraycopy(o.value, 0, r, x.length, o.value.length);
            return new PyBytes(r);
        });
        Methods.def(t, "__contains__", (in, a, k) -> PyBool.of(indexOf(((PyBytes) a[0]).value,
                of(a[1], "a bytes-like object is required"), 0) >= 0));
        Methods.def(t, "decode", (in, a, k) -> {
            PyObject enc = a.length > 1 ? a[1] : ClinicArgs.keyword(a, k, "encoding");
            return PyStr.of(decode(((PyBytes) a[0]).value, enc == null ? "utf-8" : Ops.str(in, enc)));
        });
        Methods.def(t, "join", (in, a, k) -> {
            byte[] sep = ((PyBytes) a[0]).value;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            PyObject[] items = Ops.toArray(in, ClinicArgs.one("join", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0));
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBytes b)) {
                    throw PyErr.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items[i].type().name() + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b.value);
            }
            return new PyBytes(out.toByteArray());
        });
        Methods.def(t, "__getitem__", (in, a, k) -> {
            byte[] v = ((PyBytes) a[0]).value;
            if (a[1] instanceof PySlice sl) {
                PySlice.Indices idx = sl.indices(in, v.length);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (long i = idx.start(), n = 0; n < idx.length(); i += idx.step(), n++) {
                    out.write(v[(int) i]);
                }
                return new PyBytes(out.toByteArray());
            }
            long i = ClinicArgs.ssize(in, a[1]);
            if (i < 0) {
                i += v.length;
            }
            if (i < 0 || i >= v.length) {
                throw PyErr.of(Builtins.INDEX_ERROR, "index out of range");
            }
            return PyInt.of(v[(int) i] & 0xFF);
        });
        Methods.def(t, "strip", (in, a, k) -> strip(a, true, true));
        Methods.def(t, "lstrip", (in, a, k) -> strip(a, true, false));
        Methods.def(t, "rstrip", (in, a, k) -> strip(a, false, true));
        Methods.def(t, "split", (in, a, k) -> split(a));
        Methods.def(t, "splitlines", (in, a, k) -> splitlines(a, in));
        Methods.def(t, "startswith", (in, a, k) -> affix(a, true, "startswith"));
        Methods.def(t, "endswith", (in, a, k) -> affix(a, false, "endswith"));
        Methods.def(Builtins.STR, "encode", (in, a, k) -> {
            PyObject enc = a.length > 1 ? a[1] : ClinicArgs.keyword(a, k, "encoding");
            String s = ((PyStr) a[0]).value;
            String e = enc == null ? "utf-8" : Ops.str(in, enc).toLowerCase(java.util.Locale.ROOT);
            if (e.equals("ascii")) {
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) > 127) {
                        throw PyErr.of(Builtins.VALUE_ERROR, "'ascii' codec can't encode character '\\u"
                                + String.format("%04x", (int) s.charAt(i)) + "' in position " + i
                                + ": ordinal not in range(128)");
                    }
                }
            }
            return utf8(s);
        });
    }
}
