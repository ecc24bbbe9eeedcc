package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code list[int]} (types.GenericAlias) and, in {@link Union}, {@code int | None}
 * (types.UnionType): what annotations evaluate to. They print as CPython prints them and compare
 * by their parts; they do nothing else.
 */
public final class GenericAlias extends PyObject {

    /** Created on first use (after the builtin types exist); never changed. */
    private static final class Types {
        static final PyType ALIAS = make("GenericAlias");
        static final PyType UNION = make("UnionType");

        private static PyType make(String name) {
            PyType t = new PyType(name, Builtins.OBJECT, true).finalType();
            t.setModule("types");
            return t;
        }
    }

    public final PyType origin;
    /** The subscript: one object, or a tuple for several. */
    public final PyObject args;

    public GenericAlias(PyType origin, PyObject args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType type() {
        return Types.ALIAS;
    }

    /** How typing shows an annotation: a class by its (qualified) name, ... as "...", else repr. */
    static String typeRepr(Interpreter in, PyObject o) {
        if (o == PyNone.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            return t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
        }
        return Ops.repr(in, o);
    }

    public String repr(Interpreter in) {
        StringBuilder sb = new StringBuilder(typeRepr(in, origin)).append('[');
        if (args instanceof PyTuple t) {
            if (t.size() == 0) {
                sb.append("()");
            }
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(in, t.get(i)));
            }
        } else {
            sb.append(typeRepr(in, args));
        }
        return sb.append(']').toString();
    }

    boolean sameAs(Interpreter in, GenericAlias o) {
        return origin == o.origin && Compare.eq(in, args, o.args);
    }

    /** True for what {@code X | Y} accepts in an annotation. */
    static boolean isUnionArg(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof GenericAlias || o instanceof Union;
    }

    /** a | b for classes, None, aliases and unions; null when either side is something else. */
    static PyObject union(PyObject a, PyObject b) {
        if (!isUnionArg(a) || !isUnionArg(b)) {
            return null;
        }
        List<PyObject> parts = new ArrayList<>();
        addParts(parts, a);
        addParts(parts, b);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new Union(parts.toArray(new PyObject[0]));
    }

    private static void addParts(List<PyObject> parts, PyObject o) {
        if (o instanceof Union u) {
            for (PyObject p : u.args) {
                addPart(parts, p);
            }
        } else {
            addPart(parts, o);
        }
    }

    private static void addPart(List<PyObject> parts, PyObject p) {
        for (PyObject q : parts) {
            if (q == p) {
                return;
            }
        }
        parts.add(p);
    }

    /** {@code X | Y}: types.UnionType. */
    public static final class Union extends PyObject {
        public final PyObject[] args;

        Union(PyObject[] args) {
            this.args = args;
        }

        @Override
        public PyType type() {
            return Types.UNION;
        }

        public String repr(Interpreter in) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(" | ");
                }
                sb.append(args[i] == PyNone.NONE ? "None" : typeRepr(in, args[i]));
            }
            return sb.toString();
        }

        boolean sameAs(Union o) {
            if (o.args.length != args.length) {
                return false;
            }
            for (PyObject a : args) {
                boolean found = false;
                for (PyObject b : o.args) {
                    if (a == b) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }
}
