package dev.interleave.vm;

/**
 * A value's repr for the inspector, computed without running any of the program's code: the
 * builtin scalars and containers as Python prints them (cut at a length), anything else as
 * {@code <Type object>} (or {@code <Type name>} when it keeps a {@code _name}, as a Thread does)
 * or, for a synchronisation object, its kind and name. Taking a snapshot
 * must never change the run it looks at, so a program-defined {@code __repr__} is never called.
 */
public final class SafeRepr {

    /** The longest repr kept; longer ones end in "...". */
    public static final int MAX = 200;
    private static final int MAX_DEPTH = 4;

    private SafeRepr() {}

    public static String of(Interpreter in, PyObject o) {
        StringBuilder sb = new StringBuilder();
        append(in, o, sb, 0);
        return sb.length() > MAX ? sb.substring(0, MAX - 3) + "..." : sb.toString();
    }

    private static void append(Interpreter in, PyObject o, StringBuilder sb, int depth) {
        if (sb.length() > MAX) {
            return;
        }
        Class<?> c = o.getClass();
        if (c == PyStr.class || c == PyInt.class || c == PyFloat.class || o instanceof PyNone
                || o instanceof PyBool) {
            sb.append(Repr.repr(in, o));
        } else if (depth >= MAX_DEPTH && (c == PyList.class || c == PyTuple.class || c == PyDict.class
                || c == PySet.class)) {
            sb.append("...");
        } else if (c == PyList.class && o.type().isBuiltin()) {
            PyList l = (PyList) o;
            sb.append('[');
            for (int i = 0; i < l.size() && sb.length() <= MAX; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(in, l.get(i), sb, depth + 1);
            }
            sb.append(']');
        } else if (c == PyTuple.class && o.type().isBuiltin()) {
            PyTuple t = (PyTuple) o;
            sb.append('(');
            for (int i = 0; i < t.size() && sb.length() <= MAX; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(in, t.get(i), sb, depth + 1);
            }
            sb.append(t.size() == 1 ? ",)" : ")");
        } else if (c == PyDict.class && o.type().isBuiltin()) {
            PyDict d = (PyDict) o;
            sb.append('{');
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0 && sb.length() <= MAX; e = d.nextEntry(e + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                append(in, d.keyAt(e), sb, depth + 1);
                sb.append(": ");
                append(in, d.valueAt(e), sb, depth + 1);
            }
            sb.append('}');
        } else if (c == PySet.class && o.type().isBuiltin()) {
            PySet s = (PySet) o;
            PyObject[] items = s.toArray();
            String kind = s.isFrozen() ? "frozenset" : "set";
            if (items.length == 0) {
                sb.append(kind).append("()");
                return;
            }
            sb.append(s.isFrozen() ? "frozenset({" : "{");
            for (int i = 0; i < items.length && sb.length() <= MAX; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(in, items[i], sb, depth + 1);
            }
            sb.append(s.isFrozen() ? "})" : "}");
        } else if (o instanceof SyncObject s) {
            sb.append('<').append(o.type().name()).append(' ').append(s.name).append('>');
        } else if (o instanceof PyFunction f) {
            sb.append("<function ").append(f.qualname).append('>');
        } else if (o instanceof PyType t) {
            sb.append("<class '").append(t.name()).append("'>");
        } else if (o instanceof PyModule m) {
            sb.append("<module '").append(m.name()).append("'>");
        } else {
            sb.append('<').append(o.type().name());
            PyDict d = o instanceof PyInstance ? o.dict() : null;
            PyObject name = d == null ? null : d.getStr("_name");
            sb.append(name instanceof PyStr n && n.getClass() == PyStr.class ? " " + n.value : " object").append('>');
        }
    }
}
