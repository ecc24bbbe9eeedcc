package dev.interleave.vm;

/**
 * Argument parsing for natives, with CPython's messages. Natives receive vectorcall-style
 * arguments (see {@link NativeCode}).
 */
public final class Args {
    private Args() {}

    public static int positionalCount(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** Raises "NAME() takes no keyword arguments" when keywords were passed. */
    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
    }

    /**
     * Binds arguments to {@code names} (positional-or-keyword), skipping the first {@code skip}
     * positional values (self). Returns an array parallel to names with null for the missing;
     * the first {@code required} must be present.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, int skip, String[] names,
                                   int required) {
        PyObject[] out = new PyObject[names.length];
        int npos = positionalCount(args, kwnames) - skip;
        if (npos > names.length) {
            throw PyErr.typeError(fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (npos + (kwnames == null ? 0 : kwnames.length))
                    + " given)");
        }
        for (int i = 0; i < npos; i++) {
            out[i] = args[skip + i];
        }
        if (kwnames != null) {
            int base = args.length - kwnames.length;
            for (int k = 0; k < kwnames.length; k++) {
                int slot = indexOf(names, kwnames[k]);
                if (slot < 0) {
                    throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
                }
                if (out[slot] != null) {
                    throw PyErr.typeError("argument for " + fname + "() given by name ('" + kwnames[k]
                            + "') and position (" + (slot + 1) + ")");
                }
                out[slot] = args[base + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    public static String str(PyObject o, String fname, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(fname + "() argument " + what + " must be str, not " + o.type().name());
    }
}
