package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a function's parameters (fast locals), with CPython's error
 * messages for every mismatch.
 */
final class ArgBinder {
    private ArgBinder() {}

    /**
     * Fills {@code locals} from {@code args[off .. off+n)} (positional then keyword values named
     * by {@code kwnames}); {@code self}, when not null, is the first positional argument.
     */
    static void bind(Interpreter in, PyFunction f, PyObject[] locals, PyObject self, PyObject[] args, int off,
                     int n, String[] kwnames) {
        PyCode c = f.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw + (self != null ? 1 : 0);
        int argc = c.argcount;
        if (nkw == 0 && npos == argc && (c.flags & (PyCode.VARARGS | PyCode.VARKEYWORDS)) == 0
                && c.kwonlyargcount == 0) {
            int j = 0;
            if (self != null) {
                locals[j++] = self;
            }
            System.arraycopy(args, off, locals, j, n);
            return;
        }
        slowBind(in, f, locals, self, args, off, n, kwnames, npos);
    }

    private static PyObject posArg(PyObject self, PyObject[] args, int off, int i) {
        if (self != null) {
            return i == 0 ? self : args[off + i - 1];
        }
        return args[off + i];
    }

    private static void slowBind(Interpreter in, PyFunction f, PyObject[] locals, PyObject self, PyObject[] args,
                                 int off, int n, String[] kwnames, int npos) {
        PyCode c = f.code;
        int argc = c.argcount;
        int kwonly = c.kwonlyargcount;
        boolean varargs = c.has(PyCode.VARARGS);
        boolean varkw = c.has(PyCode.VARKEYWORDS);
        int nkw = kwnames == null ? 0 : kwnames.length;
        int kwStart = off + n - nkw;
        int take = Math.min(npos, argc);
        for (int i = 0; i < take; i++) {
            locals[i] = posArg(self, args, off, i);
        }
        int varargsSlot = argc + kwonly;
        if (varargs) {
            PyObject[] extra = new PyObject[Math.max(0, npos - argc)];
            for (int i = argc; i < npos; i++) {
                extra[i - argc] = posArg(self, args, off, i);
            }
            locals[varargsSlot] = PyTuple.of(extra);
        } else if (npos > argc) {
            throw tooManyPositional(f, npos, nkw, kwnames, args, kwStart);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[varargsSlot + (varargs ? 1 : 0)] = kwdict;
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[kwStart + k];
            int slot = findParam(c, name);
            if (slot >= 0 && slot < c.posonlyargcount) {
                slot = -1;
                if (!varkw) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(name);
                    continue;
                }
            }
            if (slot < 0) {
                if (kwdict == null) {
                    throw PyErr.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
                }
                kwdict.putStr(name, value);
                continue;
            }
            if (locals[slot] != null) {
                throw PyErr.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
            }
            locals[slot] = value;
        }
        if (posonlyAsKw != null) {
            throw PyErr.typeError(f.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        fillDefaults(f, locals, argc, kwonly);
    }

    private static int findParam(PyCode c, String name) {
        int total = c.argcount + c.kwonlyargcount;
        for (int i = 0; i < total; i++) {
            if (c.varnames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void fillDefaults(PyFunction f, PyObject[] locals, int argc, int kwonly) {
        PyCode c = f.code;
        PyObject[] defaults = f.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = 0; i < argc; i++) {
            if (locals[i] == null) {
                int d = i - (argc - ndef);
                if (d >= 0) {
                    locals[i] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(f, missing, "positional");
        }
        for (int i = argc; i < argc + kwonly; i++) {
            if (locals[i] == null) {
                PyObject d = f.kwDefaults == null ? null : f.kwDefaults.getStr(c.varnames[i]);
                if (d != null) {
                    locals[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(f, missing, "keyword-only");
        }
    }

    private static PyException missingArgs(PyFunction f, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError(f.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooManyPositional(PyFunction f, int given, int nkw, String[] kwnames,
                                                 PyObject[] args, int kwStart) {
        PyCode c = f.code;
        int argc = c.argcount;
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argc - ndef) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            int slot = findParam(c, kwnames[k]);
            if (slot >= argc) {
                kwonlyGiven++;
            }
        }
        String givenText = String.valueOf(given);
        if (kwonlyGiven > 0) {
            givenText += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        }
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyErr.typeError(f.qualname + "() takes " + takes + " but " + givenText + " " + verb + " given");
    }
}
