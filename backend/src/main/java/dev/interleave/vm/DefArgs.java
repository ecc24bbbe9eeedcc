package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Arguments of a native that stands in for a method CPython writes in Python (queue.Queue's):
 * positional-or-keyword parameters after self, the last few optional, bound with the
 * TypeErrors a def raises ("Queue.put() missing 1 required positional argument: 'item'").
 * Counts in messages include self, as CPython's do.
 */
final class DefArgs {
    private DefArgs() {}

    /** Binds {@code args[1..]} (args[0] is self); see {@link #bind(String, PyObject[], String[], int, String[], int)}. */
    static PyObject[] bind(String qualname, PyObject[] args, String[] kwnames, String[] names, int optional) {
        return bind(qualname, args, kwnames, 1, names, optional);
    }

    /**
     * Binds the arguments after the first {@code skip} (self, when it is there) to {@code names};
     * the last {@code optional} may be absent (null in the result). Checks in CPython's order:
     * keywords, then the positional count, then what is missing.
     */
    static PyObject[] bind(String qualname, PyObject[] args, String[] kwnames, int skip, String[] names,
                           int optional) {
        int nkw = ClinicArgs.kwCount(kwnames);
        int npos = args.length - nkw - skip;
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < Math.min(npos, names.length); i++) {
            out[i] = args[skip + i];
        }
        for (int k = 0; k < nkw; k++) {
            int slot = indexOf(names, kwnames[k]);
            if (slot < 0) {
                throw PyErr.typeError(qualname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (out[slot] != null) {
                throw PyErr.typeError(qualname + "() got multiple values for argument '" + kwnames[k] + "'");
            }
            out[slot] = args[args.length - nkw + k];
        }
        if (npos > names.length) {
            throw tooMany(qualname, names.length + 1, optional, npos + 1);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length - optional; i++) {
            if (out[i] == null) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw missing(qualname, missing);
        }
        return out;
    }

    /** A method taking only self: "Queue.qsize() takes 1 positional argument but 2 were given". */
    static void none(String qualname, PyObject[] args, String[] kwnames) {
        bind(qualname, args, kwnames, new String[0], 0);
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException tooMany(String qualname, int argc, int optional, int given) {
        String takes = optional > 0
                ? "from " + (argc - optional) + " to " + argc + " positional arguments"
                : argc + " positional argument" + (argc == 1 ? "" : "s");
        return PyErr.typeError(qualname + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were")
                + " given");
    }

    private static PyException missing(String qualname, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError(qualname + "() missing " + n + " required positional argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }
}
