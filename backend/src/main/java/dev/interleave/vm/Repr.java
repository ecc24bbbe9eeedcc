package dev.interleave.vm;

import java.util.ArrayList;

/** repr() and str() of every builtin type, and of program-defined classes through __repr__/__str__. */
final class Repr {
    private Repr() {}

    /** The containers being repr'd in one run, so that a container inside itself prints as [...]. */
    static final class Guard {
        private final ArrayList<PyObject> active = new ArrayList<>();

        boolean enter(PyObject o) {
            for (int i = active.size() - 1; i >= 0; i--) {
                if (active.get(i) == o) {
                    return false;
                }
            }
            active.add(o);
            return true;
        }

        void leave(PyObject o) {
            for (int i = active.size() - 1; i >= 0; i--) {
                if (active.get(i) == o) {
                    active.remove(i);
                    return;
                }
            }
        }
    }

    private static Guard guard(Interpreter in) {
        return in.moduleState("repr.active", Guard::new);
    }

    static String repr(Interpreter in, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return strRepr(((PyStr) o).value);
        }
        if (c == PyInt.class) {
            return intStr(in, (PyInt) o);
        }
        if (c == PyFloat.class) {
            return FloatFormat.repr(((PyFloat) o).value);
        }
        if (o instanceof PyNone || o instanceof PyBool) {
            return o.toString();
        }
        PyType t = o.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, "__repr__");
            if (m != null) {
                return checkStr(Ops.callMethod(in, m, o), "__repr__");
            }
        }
        return nativeRepr(in, o, t);
    }

    static String str(Interpreter in, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).value;
        }
        if (c == PyInt.class) {
            return intStr(in, (PyInt) o);
        }
        if (c == PyFloat.class) {
            return FloatFormat.repr(((PyFloat) o).value);
        }
        PyType t = o.type();
        if (!t.isBuiltin()) {
            PyObject m = Ops.userSpecial(t, "__str__");
            if (m != null) {
                return checkStr(Ops.callMethod(in, m, o), "__str__");
            }
            if (o instanceof PyBaseException e) {
                return excStr(in, e);
            }
            if (o instanceof PyStr s) {
                return s.value;
            }
            m = Ops.userSpecial(t, "__repr__");
            if (m != null) {
                return checkStr(Ops.callMethod(in, m, o), "__str__");
            }
            return nativeRepr(in, o, t);
        }
        if (o instanceof PyBaseException e) {
            return excStr(in, e);
        }
        if (!Ops.known(o)) {
            PyObject m = Ops.nativeSpecial(t, "__str__");
            if (m != null) {
                return checkStr(Ops.callMethod(in, m, o), "__str__");
            }
        }
        return repr(in, o);
    }

    private static String checkStr(PyObject r, String what) {
        if (r instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(what + " returned non-string (type " + r.type().name() + ")");
    }

    static String intStr(Interpreter in, PyInt i) {
        if (i.big == null) {
            return Long.toString(i.value);
        }
        return NumberMethods.bigToDecimal(in, i.big);
    }

    /** The builtin types' repr (list.__repr__ & co.) for any instance of them, subclasses included. */
    static String nativeRepr(Interpreter in, PyObject o) {
        return nativeRepr(in, o, o.type());
    }

    private static String nativeRepr(Interpreter in, PyObject o, PyType t) {
        if (o instanceof PyStr s) {
            return strRepr(s.value);
        }
        if (o instanceof PyInt i) {
            return i instanceof PyBool ? i.toString() : intStr(in, i);
        }
        if (o instanceof PyFloat f) {
            return FloatFormat.repr(f.value);
        }
        if (o instanceof PyList l) {
            return listRepr(in, l);
        }
        if (o instanceof PyTuple tu) {
            return tu instanceof StructSeq ss ? ss.repr(in) : tupleRepr(in, tu);
        }
        if (o instanceof PyDict d) {
            return dictRepr(in, d);
        }
        if (o instanceof PySet s) {
            return setRepr(in, s);
        }
        if (o instanceof PyRange r) {
            return r.repr();
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(in, s.start) + ", " + repr(in, s.stop) + ", " + repr(in, s.step) + ")";
        }
        if (o instanceof PyType ty) {
            return ty.toString();
        }
        if (o instanceof PyBaseException e) {
            return excRepr(in, e);
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + Ops.addr(in, o) + ">";
        }
        if (o instanceof PyBuiltinFunction bf) {
            return bf.owner == null ? "<built-in function " + bf.name + ">"
                    : "<method '" + bf.name + "' of '" + bf.owner.name() + "' objects>";
        }
        if (o instanceof PyBoundMethod bm) {
            return boundRepr(in, bm);
        }
        if (o instanceof PyModule m) {
            PyObject file = m.dict().getStr("__file__");
            return file instanceof PyStr fs ? "<module '" + m.name() + "' from '" + fs.value + "'>"
                    : "<module '" + m.name() + "' (built-in)>";
        }
        if (o instanceof PyGenerator g) {
            return "<" + g.kind.name() + " object " + g.qualname + " at " + Ops.addr(in, o) + ">";
        }
        if (o instanceof PyWrappedMethod w) {
            return "<" + t.name() + "(" + repr(in, w.func) + ")>";
        }
        if (o instanceof PySuper s) {
            return "<super: <class '" + s.start.name() + "'>, <" + s.objType.name() + " object>>";
        }
        if (o instanceof PyCell c) {
            return c.value == null ? "<cell at " + Ops.addr(in, o) + ": empty>"
                    : "<cell at " + Ops.addr(in, o) + ": " + c.value.type().name() + " object at " + Ops.addr(in, c.value) + ">";
        }
        if (o instanceof PyCode c) {
            return "<code object " + c.name + " at " + Ops.addr(in, o) + ", file \"" + c.source.name() + "\", line "
                    + c.firstLine + ">";
        }
        if (o instanceof GenericAlias ga) {
            return ga.repr(in);
        }
        if (o instanceof GenericAlias.Union u) {
            return u.repr(in);
        }
        if (o instanceof PyGetSet gs) {
            return "<attribute '" + gs.name + "' objects>";
        }
        if (!Ops.known(o)) {
            // a native type's own __repr__, also for instances of a program's subclass of it
            PyType base = t;
            while (base != null && !base.isBuiltin()) {
                base = base.base();
            }
            PyObject m = base == null ? null : Ops.nativeSpecial(base, "__repr__");
            if (m != null) {
                return checkStr(Ops.callMethod(in, m, o), "__repr__");
            }
        }
        return defaultRepr(in, o);
    }

    /** object.__repr__: {@code <__main__.Foo object at 0x7f...>}. */
    static String defaultRepr(Interpreter in, PyObject o) {
        PyType t = o.type();
        String mod = t.module();
        String name = mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return "<" + name + " object at " + Ops.addr(in, o) + ">";
    }

    private static String boundRepr(Interpreter in, PyBoundMethod bm) {
        if (bm.func instanceof PyBuiltinFunction bf) {
            return "<built-in method " + bf.name + " of " + bm.self.type().name() + " object at "
                    + Ops.addr(in, bm.self) + ">";
        }
        String name = bm.func instanceof PyFunction f ? f.qualname : "?";
        return "<bound method " + name + " of " + repr(in, bm.self) + ">";
    }

    private static String listRepr(Interpreter in, PyList l) {
        if (l.size == 0) {
            return "[]";
        }
        Guard g = guard(in);
        if (!g.enter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(in, l.items[i]));
            }
            return sb.append(']').toString();
        } finally {
            g.leave(l);
        }
    }

    private static String tupleRepr(Interpreter in, PyTuple t) {
        PyObject[] items = t.items;
        if (items.length == 0) {
            return "()";
        }
        Guard g = guard(in);
        if (!g.enter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(in, items[i]));
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            g.leave(t);
        }
    }

    private static String dictRepr(Interpreter in, PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        Guard g = guard(in);
        if (!g.enter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append('{');
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                PyObject k = d.keyAt(e);
                PyObject v = d.valueAt(e);
                sb.append(repr(in, k)).append(": ").append(repr(in, v));
            }
            return sb.append('}').toString();
        } finally {
            g.leave(d);
        }
    }

    /** set_repr: {1, 2}, frozenset({1, 2}), Tags({1, 2}) for a subclass; set() and Tags() when empty. */
    private static String setRepr(Interpreter in, PySet s) {
        String tn = s.type().name();
        if (s.size() == 0) {
            return tn + "()";
        }
        Guard g = guard(in);
        if (!g.enter(s)) {
            return tn + "(...)";
        }
        boolean named = s.isFrozen() || s.subtype != null;
        try {
            PyObject[] items = s.toArray();
            StringBuilder sb = new StringBuilder();
            if (named) {
                sb.append(tn).append('(');
            }
            sb.append('{');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(in, items[i]));
            }
            sb.append('}');
            if (named) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            g.leave(s);
        }
    }

    // ---- exceptions ----

    static String excRepr(Interpreter in, PyBaseException e) {
        String name = e.type().name();
        if (e.args.size() == 1) {
            return name + "(" + repr(in, e.args.get(0)) + ")";
        }
        return name + tupleRepr(in, e.args);
    }

    static String excStr(Interpreter in, PyBaseException e) {
        PyTuple args = e.args;
        if (e.isInstance(Builtins.KEY_ERROR) && args.size() == 1) {
            return repr(in, args.get(0));
        }
        if (ExceptionGroups.isGroup(e)) {
            return ExceptionGroups.str(in, e);
        }
        if (e.isInstance(Builtins.SYNTAX_ERROR)) {
            String s = syntaxStr(in, e);
            if (s != null) {
                return s;
            }
        }
        if (e.isInstance(Builtins.OS_ERROR)) {
            String s = osStr(in, e);
            if (s != null) {
                return s;
            }
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Ops.str(in, args.get(0));
            default -> tupleRepr(in, args);
        };
    }

    private static String syntaxStr(Interpreter in, PyBaseException e) {
        PyDict d = e.dict();
        PyObject msg = d.getStr("msg");
        if (msg == null) {
            msg = e.args.size() >= 1 ? e.args.get(0) : null;
        }
        if (msg == null) {
            return null;
        }
        PyObject file = d.getStr("filename");
        PyObject line = d.getStr("lineno");
        String m = Ops.str(in, msg);
        String fname = file instanceof PyStr fs ? fs.value.substring(fs.value.lastIndexOf('/') + 1) : null;
        boolean hasLine = line instanceof PyInt;
        if (fname != null && hasLine) {
            return m + " (" + fname + ", line " + line + ")";
        }
        if (fname != null) {
            return m + " (" + fname + ")";
        }
        if (hasLine) {
            return m + " (line " + line + ")";
        }
        return m;
    }

    private static String osStr(Interpreter in, PyBaseException e) {
        PyDict d = e.dict();
        PyObject errno = d.getStr("errno");
        PyObject strerror = d.getStr("strerror");
        if (errno == null || strerror == null || errno == PyNone.NONE || strerror == PyNone.NONE) {
            return null;
        }
        PyObject filename = d.getStr("filename");
        String base = "[Errno " + Ops.str(in, errno) + "] " + Ops.str(in, strerror);
        if (filename != null && filename != PyNone.NONE) {
            PyObject filename2 = d.getStr("filename2");
            if (filename2 != null && filename2 != PyNone.NONE) {
                return base + ": " + repr(in, filename) + " -> " + repr(in, filename2);
            }
            return base + ": " + repr(in, filename);
        }
        return base;
    }

    // ---- str repr ----

    /** repr of a str: CPython's quote choice and escapes. */
    static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int cp, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** Py_UNICODE_ISPRINTABLE: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
