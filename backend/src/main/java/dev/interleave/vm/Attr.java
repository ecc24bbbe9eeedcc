package dev.interleave.vm;

/** Attribute access: descriptors, instance dicts, classes, modules and super(). */
public final class Attr {
    private Attr() {}

    public static PyObject get(Interpreter in, PyObject obj, String name) {
        PyObject v = find(in, obj, name, true);
        if (v == null) {
            throw PyErr.attributeError(obj, name);
        }
        return v;
    }

    /** A module's own __getattr__ (PEP 562), or null without one or when it raises AttributeError. */
    private static PyObject moduleGetattr(Interpreter in, PyModule m, String name) {
        PyObject ga = m.dict().getStr("__getattr__");
        if (ga == null) {
            return null;
        }
        try {
            return in.call(ga, PyStr.of(name));
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** getattr without the AttributeError: null when missing (other errors still raise). */
    public static PyObject getOrNull(Interpreter in, PyObject obj, String name) {
        return find(in, obj, name, false);
    }

    /**
     * The attribute, or null when missing; with {@code raising}, the AttributeError a
     * {@code __getattr__} raises goes to the caller as it is (its own message), as in CPython.
     */
    private static PyObject find(Interpreter in, PyObject obj, String name, boolean raising) {
        if (obj instanceof PyType t) {
            return typeGet(in, t, name);
        }
        if (obj instanceof PyModule m) {
            PyObject v = m.dict().getStr(name);
            if (v != null) {
                return v;
            }
            return name.equals("__dict__") ? m.dict() : moduleGetattr(in, m, name);
        }
        if (obj instanceof PySuper s) {
            return superGet(in, s, name);
        }
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr instanceof PyGetSet gs) {
            return gs.getter.get(in, obj);
        }
        if (descr instanceof PyProperty p) {
            if (p.fget == null || p.fget == PyNone.NONE) {
                throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "property '" + name + "' of '" + type.name()
                        + "' object has no getter");
            }
            return in.call(p.fget, obj);
        }
        PyDict d = obj.dict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return bind(in, descr, obj, type);
        }
        PyObject ga = type.lookup("__getattr__");
        if (ga != null) {
            try {
                return in.call(ga, obj, PyStr.of(name));
            } catch (PyException e) {
                if (!raising && e.exc.isInstance(Builtins.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        return null;
    }

    /** Binds a class attribute found for an instance. */
    static PyObject bind(Interpreter in, PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction) {
            return new PyBoundMethod(descr, obj);
        }
        if (descr instanceof PyBuiltinFunction bf && bf.owner != null) {
            return new PyBoundMethod(descr, obj);
        }
        if (descr instanceof PyWrappedMethod w) {
            return w.isClassMethod() ? new PyBoundMethod(w.func, type) : w.func;
        }
        if (!descr.type().isBuiltin()) {
            PyObject get = descr.type().lookup("__get__");
            if (get != null) {
                return in.call(get, descr, obj, type);
            }
        }
        return descr;
    }

    private static PyObject typeGet(Interpreter in, PyType t, String name) {
        PyObject v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyWrappedMethod w) {
                return w.isClassMethod() ? new PyBoundMethod(w.func, t) : w.func;
            }
            if (v instanceof PyGetSet && !name.startsWith("__")) {
                return v;
            }
            if (!(v instanceof PyGetSet)) {
                return v;
            }
        }
        PyObject meta = Builtins.TYPE.lookup(name);
        if (meta instanceof PyGetSet gs) {
            return gs.getter.get(in, t);
        }
        if (meta instanceof PyBuiltinFunction) {
            return new PyBoundMethod(meta, t);
        }
        return v;
    }

    private static PyObject superGet(Interpreter in, PySuper s, String name) {
        PyType[] mro = s.objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != s.start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].ownGet(name);
            if (v != null) {
                if (s.obj == s.objType && s.obj instanceof PyType) {
                    if (v instanceof PyWrappedMethod w) {
                        return w.isClassMethod() ? new PyBoundMethod(w.func, s.obj) : w.func;
                    }
                    return v;
                }
                if (v instanceof PyProperty p) {
                    return in.call(p.fget, s.obj);
                }
                if (v instanceof PyGetSet gs) {
                    return gs.getter.get(in, s.obj);
                }
                return bind(in, v, s.obj, s.objType);
            }
        }
        if (name.equals("__class__")) {
            return Builtins.SUPER;
        }
        return null;
    }

    public static void set(Interpreter in, PyObject obj, String name, PyObject value) {
        if (obj instanceof PyType t) {
            if (t.isBuiltin()) {
                throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
            }
            if (value instanceof PyProperty p && p.name == null) {
                p.name = name;
            }
            t.setAttr(name, value);
            return;
        }
        PyType type = obj.type();
        if (!type.isBuiltin()) {
            PyObject sa = type.lookup("__setattr__");
            if (sa != null && !(sa instanceof PyBuiltinFunction)) {
                in.call(sa, obj, PyStr.of(name), value);
                return;
            }
        }
        setGeneric(in, obj, name, value);
    }

    /** object.__setattr__: descriptors, then the instance dict. */
    static void setGeneric(Interpreter in, PyObject obj, String name, PyObject value) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr instanceof PyProperty p) {
            if (p.fset == null || p.fset == PyNone.NONE) {
                throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "property '" + name + "' of '" + type.name()
                        + "' object has no setter");
            }
            in.call(p.fset, obj, value);
            return;
        }
        if (descr instanceof PyGetSet gs) {
            if (gs.setter == null) {
                throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "attribute '" + name + "' of '" + type.name()
                        + "' objects is not writable");
            }
            gs.setter.set(in, obj, value);
            return;
        }
        PyDict d = obj.dict();
        if (d == null) {
            if (descr != null) {
                throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "'" + type.name() + "' object attribute '" + name
                        + "' is read-only");
            }
            throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "'" + type.name() + "' object has no attribute '" + name
                    + "' and no __dict__ for setting new attributes");
        }
        d.putStr(name, value);
    }

    public static void delete(Interpreter in, PyObject obj, String name) {
        if (obj instanceof PyType t) {
            if (t.isBuiltin()) {
                throw PyErr.typeError("cannot delete '" + name + "' attribute of immutable type '" + t.name() + "'");
            }
            if (!t.deleteAttr(name)) {
                throw PyErr.attributeError(obj, name);
            }
            return;
        }
        PyType type = obj.type();
        PyObject da = type.isBuiltin() ? null : type.lookup("__delattr__");
        if (da != null && !(da instanceof PyBuiltinFunction)) {
            in.call(da, obj, PyStr.of(name));
            return;
        }
        PyObject descr = type.lookup(name);
        if (descr instanceof PyProperty p) {
            if (p.fdel == null || p.fdel == PyNone.NONE) {
                throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "property '" + name + "' of '" + type.name()
                        + "' object has no deleter");
            }
            in.call(p.fdel, obj);
            return;
        }
        PyDict d = obj.dict();
        if (d == null || d.removeStr(name) == null) {
            throw PyErr.attributeError(obj, name);
        }
    }

    /**
     * For LOAD_METHOD ({@link Fast#loadMethod}): given what obj's type holds under the name
     * ({@code d}, may be null), the plain function that calling with obj as first argument is
     * what {@code obj.name(...)} means, else null.
     */
    static PyObject methodOf(PyObject obj, String name, PyObject d) {
        if (d instanceof PyFunction || d instanceof PyBuiltinFunction bf && bf.owner != null) {
            PyDict dict = obj.dict();
            if (dict != null && dict.size() > 0 && dict.getStr(name) != null) {
                return null;
            }
            return d;
        }
        return null;
    }

    /** A special method looked up on the type only (as CPython does for dunders), or null. */
    public static PyObject lookupSpecial(PyObject obj, String name) {
        return obj.type().lookup(name);
    }

    /** Calls a special method found on obj's type with obj as first argument; null when absent. */
    public static PyObject callSpecial(Interpreter in, PyObject obj, String name, PyObject... args) {
        PyObject m = obj.type().lookup(name);
        if (m == null) {
            return null;
        }
        if (m instanceof PyWrappedMethod w) {
            return in.call(w.isClassMethod() ? new PyBoundMethod(w.func, obj.type()) : w.func, args);
        }
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        return in.call(m, full, null);
    }

    public static boolean hasAttr(Interpreter in, PyObject obj, String name) {
        try {
            return getOrNull(in, obj, name) != null;
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }
}
