package dev.interleave.vm;

/** Name resolution for the loop: globals, builtins, class namespaces, cells and imports. */
final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        PyException e = PyErr.of(Builtins.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
        e.exc.dict().putStr("name", PyStr.of(name));
        return e;
    }

    /** LOAD_GLOBAL with a per-code cache that holds while neither namespace changes. */
    static PyObject loadGlobalCached(Frame f, int i) {
        PyCode c = f.code;
        PyObject v = c.globalValue[i];
        if (v != null && c.globalVersion[i] == f.globals.version() && c.builtinsVersion[i] == f.builtins.version()) {
            return v;
        }
        v = loadGlobal(f, c.names[i]);
        c.globalValue[i] = v;
        c.globalVersion[i] = f.globals.version();
        c.builtinsVersion[i] = f.builtins.version();
        return v;
    }

    static PyObject loadGlobal(Frame f, String name) {
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw PyErr.nameError(name);
            }
        }
        return v;
    }

    static PyObject loadName(Frame f, String name) {
        if (f.localsDict != null) {
            PyObject v = f.localsDict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return loadGlobal(f, name);
    }

    static void deleteName(Frame f, String name) {
        PyDict d = f.localsDict != null ? f.localsDict : f.globals;
        if (d.removeStr(name) == null) {
            throw PyErr.nameError(name);
        }
    }

    static void deleteGlobal(Frame f, String name) {
        if (f.globals.removeStr(name) == null) {
            throw PyErr.nameError(name);
        }
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject v = f.cells[i].value;
        if (v == null) {
            throw unboundCell(f, i);
        }
        return v;
    }

    static void deleteDeref(Frame f, int i) {
        if (f.cells[i].value == null) {
            throw unboundCell(f, i);
        }
        f.cells[i].value = null;
    }

    private static PyException unboundCell(Frame f, int i) {
        PyCode c = f.code;
        if (i < c.cellvars.length) {
            return unboundLocal(c.cellvars[i]);
        }
        String name = c.freevars[i - c.cellvars.length];
        PyException e = PyErr.of(Builtins.NAME_ERROR, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
        e.exc.dict().putStr("name", PyStr.of(name));
        return e;
    }

    static PyObject loadClassDeref(Frame f, int i) {
        PyCode c = f.code;
        String name = i < c.cellvars.length ? c.cellvars[i] : c.freevars[i - c.cellvars.length];
        PyObject v = f.localsDict.getStr(name);
        return v != null ? v : loadDeref(f, i);
    }

    static PyObject importFrom(Interpreter in, PyObject module, String name) {
        PyObject v = Attr.getOrNull(in, module, name);
        if (v != null) {
            return v;
        }
        String mname = module instanceof PyModule m ? m.name() : "?";
        PyException e = PyErr.of(Builtins.IMPORT_ERROR,
                "cannot import name '" + name + "' from '" + mname + "' (unknown location)");
        e.exc.dict().putStr("name", PyStr.of(mname));
        throw e;
    }

    static void importStar(Interpreter in, Frame f, PyObject module) {
        PyDict target = f.localsDict != null ? f.localsDict : f.globals;
        PyDict src = module.dict();
        PyObject all = src.getStr("__all__");
        if (all != null) {
            for (PyObject n : Ops.toArray(in, all)) {
                String key = Ops.str(in, n);
                target.putStr(key, importFrom(in, module, key));
            }
            return;
        }
        for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
            if (src.keyAt(e) instanceof PyStr k && !k.value.startsWith("_")) {
                target.putStr(k.value, src.valueAt(e));
            }
        }
    }

    static void setupAnnotations(Frame f) {
        PyDict d = f.localsDict != null ? f.localsDict : f.globals;
        if (d.getStr("__annotations__") == null) {
            d.putStr("__annotations__", new PyDict());
        }
    }
}
