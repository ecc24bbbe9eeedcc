package dev.interleave.vm;

/**
 * Argument checks for the builtin library with the messages CPython's Argument Clinic and
 * METH_O / METH_NOARGS wrappers produce ("insert expected 2 arguments, got 1",
 * "list.append() takes exactly one argument (0 given)"), plus integer conversions through
 * {@code __index__}. Counts exclude self ({@code skip} leading arguments).
 */
final class ClinicArgs {
    private ClinicArgs() {}

    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** METH_NOARGS: "list.copy() takes no arguments (1 given)". */
    static void none(String qualname, PyObject[] args, String[] kwnames, int skip) {
        if (kwCount(kwnames) > 0) {
            throw PyErr.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != skip) {
            throw PyErr.typeError(qualname + "() takes no arguments (" + (args.length - skip) + " given)");
        }
    }

    /** METH_O: "list.append() takes exactly one argument (0 given)"; returns the argument. */
    static PyObject one(String qualname, PyObject[] args, String[] kwnames, int skip) {
        if (kwCount(kwnames) > 0) {
            throw PyErr.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != skip + 1) {
            throw PyErr.typeError(qualname + "() takes exactly one argument (" + (args.length - skip) + " given)");
        }
        return args[skip];
    }

    /**
     * Clinic positional-only arguments: between min and max after self, no keywords.
     * "pop expected at most 1 argument, got 2", "insert expected 2 arguments, got 1".
     */
    static void positional(String name, PyObject[] args, String[] kwnames, int skip, int min, int max) {
        if (kwCount(kwnames) > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        count(name, args.length - skip, min, max);
    }

    /** The count check alone (for functions that also take keywords). */
    static void count(String name, int n, int min, int max) {
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw PyErr.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            throw PyErr.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        throw PyErr.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** The value of keyword {@code name}, or null. */
    static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Raises "f() got an unexpected keyword argument 'x'" for any keyword not in {@code allowed}. */
    static void onlyKeywords(String fname, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + k + "'");
        }
    }

    /** How Argument Clinic names an argument's type in "must be str, not X": None for None. */
    static String argType(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name();
    }

    // ---- integers ----

    /** operator.index(o) as an int object (bool becomes a plain int). */
    static PyInt indexObject(Interpreter in, PyObject o) {
        return Ops.indexObject(in, o);
    }

    /** A Py_ssize_t argument: OverflowError beyond 64 bits. */
    static long ssize(Interpreter in, PyObject o) {
        PyInt i = indexObject(in, o);
        if (i.isBig()) {
            throw PyErr.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A slice bound (start/end of find, index...): None or an index, clamped to +-maxsize. */
    static long sliceBound(Interpreter in, PyObject o, long ifNone, boolean noneAllowed) {
        if (o == null || noneAllowed && o == PyNone.NONE) {
            return ifNone;
        }
        PyInt i;
        if (o instanceof PyInt pi) {
            i = pi;
        } else if (Ops.hasIndex(o)) {
            i = indexObject(in, o);
        } else {
            throw PyErr.typeError(noneAllowed
                    ? "slice indices must be integers or None or have an __index__ method"
                    : "slice indices must be integers or have an __index__ method");
        }
        if (i.isBig()) {
            return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.value;
    }

    /** CPython's ADJUST_INDICES: returns {start, end} clamped into [0, len]. */
    static int[] adjust(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** PyFloat_AsDouble: float, __float__, then __index__; "must be real number, not X". */
    static double real(Interpreter in, PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt i) {
            return i.toDouble();
        }
        PyObject r = Attr.callSpecial(in, v, "__float__");
        if (r != null) {
            if (!(r instanceof PyFloat rf)) {
                throw PyErr.typeError(v.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return rf.value;
        }
        if (Ops.hasIndex(v)) {
            return ClinicArgs.indexObject(in, v).toDouble();
        }
        throw PyErr.typeError("must be real number, not " + v.type().name());
    }
}
