package dev.interleave.vm;

import java.util.List;

/** Builtins about classes and attributes: __build_class__, super, isinstance, getattr, property... */
final class ClassBuiltins {
    private ClassBuiltins() {}

    private static final List<PyBuiltinFunction> FUNCTIONS = List.of(
            Methods.fn("__build_class__", ClassBuiltins::buildClass),
            Methods.fn("isinstance", (in, a, kw) -> {
                ClinicArgs.positional("isinstance", a, kw, 0, 2, 2);
                return PyBool.of(isInstance(in, a[0], a[1]));
            }),
            Methods.fn("issubclass", (in, a, kw) -> {
                ClinicArgs.positional("issubclass", a, kw, 0, 2, 2);
                if (!(a[0] instanceof PyType t)) {
                    throw PyErr.typeError("issubclass() arg 1 must be a class");
                }
                return PyBool.of(isSubclass(t, a[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
            }),
            Methods.fn("getattr", (in, a, kw) -> {
                if (a.length < 2 || a.length > 3) {
                    throw PyErr.typeError("getattr expected at least 2 arguments, got " + a.length);
                }
                String name = attrName(a[1]);
                PyObject v = a.length == 3 ? Attr.getOrNull(in, a[0], name) : Attr.get(in, a[0], name);
                return v != null ? v : a[2];
            }),
            Methods.fn("setattr", (in, a, kw) -> {
                ClinicArgs.positional("setattr", a, kw, 0, 3, 3);
                Attr.set(in, a[0], attrName(a[1]), a[2]);
                return PyNone.NONE;
            }),
            Methods.fn("delattr", (in, a, kw) -> {
                ClinicArgs.positional("delattr", a, kw, 0, 2, 2);
                Attr.delete(in, a[0], attrName(a[1]));
                return PyNone.NONE;
            }),
            Methods.fn("hasattr", (in, a, kw) -> {
                ClinicArgs.positional("hasattr", a, kw, 0, 2, 2);
                return PyBool.of(Attr.hasAttr(in, a[0], attrName(a[1])));
            }));

    static List<PyBuiltinFunction> functions() {
        return FUNCTIONS;
    }

    static {
        Builtins.SUPER.allocator(ClassBuiltins::makeSuper);
        Builtins.PROPERTY.allocator((in, t, a, kw) -> {
            PyObject[] p = Args.parse("property", a, kw, 0, new String[] {"fget", "fset", "fdel", "doc"}, 0);
            return new PyProperty(p[0], p[1], p[2], p[3] == null ? PyNone.NONE : p[3]);
        });
        Methods.def(Builtins.PROPERTY, "getter", (in, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return named(new PyProperty(a[1], p.fset, p.fdel, p.doc), p);
        });
        Methods.def(Builtins.PROPERTY, "setter", (in, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return named(new PyProperty(p.fget, a[1], p.fdel, p.doc), p);
        });
        Methods.def(Builtins.PROPERTY, "deleter", (in, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return named(new PyProperty(p.fget, p.fset, a[1], p.doc), p);
        });
        Methods.getter(Builtins.PROPERTY, "fget", (in, o) -> orNone(((PyProperty) o).fget));
        Methods.getter(Builtins.PROPERTY, "fset", (in, o) -> orNone(((PyProperty) o).fset));
        Methods.getter(Builtins.PROPERTY, "fdel", (in, o) -> orNone(((PyProperty) o).fdel));
        Builtins.STATICMETHOD.allocator((in, t, a, kw) -> {
            ClinicArgs.positional("staticmethod", a, kw, 0, 1, 1);
            return new PyWrappedMethod(a[0], false);
        });
        Builtins.CLASSMETHOD.allocator((in, t, a, kw) -> {
            ClinicArgs.positional("classmethod", a, kw, 0, 1, 1);
            return new PyWrappedMethod(a[0], true);
        });
        Methods.getter(Builtins.STATICMETHOD, "__func__", (in, o) -> ((PyWrappedMethod) o).func);
        Methods.getter(Builtins.CLASSMETHOD, "__func__", (in, o) -> ((PyWrappedMethod) o).func);
    }

    /** Forces the static initialiser (allocators of super, property, staticmethod, classmethod). */
    static void install() {
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyProperty named(PyProperty p, PyProperty from) {
        p.name = from.name;
        return p;
    }

    private static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    static boolean isInstance(Interpreter in, PyObject obj, PyObject cls) {
        if (cls instanceof PyType t) {
            return obj.type().isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(in, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static boolean isSubclass(PyType t, PyObject cls, String msg) {
        if (cls instanceof PyType c) {
            return t.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isSubclass(t, c, msg)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError(msg);
    }

    /** __build_class__(body, name, *bases, **kwds): runs the class body and makes the class. */
    private static PyObject buildClass(Interpreter in, PyObject[] a, String[] kw) {
        int npos = Args.positionalCount(a, kw);
        if (npos < 2 || !(a[0] instanceof PyFunction body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        String name = Args.str(a[1], "__build_class__", "2");
        PyType base = Builtins.OBJECT;
        if (npos > 3) {
            throw PyErr.typeError("multiple inheritance is not supported: class " + name + " names "
                    + (npos - 2) + " bases");
        }
        if (npos == 3) {
            if (!(a[2] instanceof PyType b)) {
                throw PyErr.typeError("bases must be types");
            }
            if (!b.isSubclassable()) {
                throw PyErr.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
            base = b;
        }
        PyDict ns = new PyDict();
        ns.putStr("__module__", body.module);
        ns.putStr("__qualname__", PyStr.of(body.code.qualname));
        Frame fr = in.loop().frames().newFrame(body, null, new PyObject[0], 0, 0, null);
        fr.localsDict = ns;
        in.runFrame(fr);
        return makeClass(in, name, base, ns, body.code.qualname);
    }

    static PyType makeClass(Interpreter in, String name, PyType base, PyDict ns, String qualname) {
        PyType cls = new PyType(name, base, false);
        PyObject mod = ns.getStr("__module__");
        if (mod instanceof PyStr m) {
            cls.setModule(m.value);
        }
        cls.setQualname(qualname);
        PyObject cell = ns.removeStr("__classcell__");
        ns.removeStr("__qualname__");
        for (int e = ns.nextEntry(0); e >= 0; e = ns.nextEntry(e + 1)) {
            String key = ((PyStr) ns.keyAt(e)).value;
            PyObject v = ns.valueAt(e);
            if (v instanceof PyProperty p && p.name == null) {
                p.name = key;
            }
            cls.setAttr(key, v);
        }
        if (cls.ownDict().get("__doc__") == null) {
            cls.setAttr("__doc__", PyNone.NONE);
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        if (cls.ownDict().containsKey("__eq__") && !cls.ownDict().containsKey("__hash__")) {
            cls.setAttr("__hash__", PyNone.NONE);
        }
        return cls;
    }

    /** super() with no arguments finds __class__ and self in the calling frame. */
    private static PyObject makeSuper(Interpreter in, PyType t, PyObject[] a, String[] kw) {
        if (a.length == 2) {
            if (!(a[0] instanceof PyType start)) {
                throw PyErr.typeError("super() argument 1 must be a type, not " + a[0].type().name());
            }
            return superOf(start, a[1]);
        }
        if (a.length != 0) {
            throw PyErr.typeError("super() takes at most 2 arguments");
        }
        Frame f = in.currentThread().top();
        if (f == null) {
            throw PyErr.runtimeError("super(): no current frame");
        }
        PyCode c = f.code;
        int idx = -1;
        for (int i = 0; i < c.freevars.length; i++) {
            if (c.freevars[i].equals("__class__")) {
                idx = c.cellvars.length + i;
            }
        }
        if (idx < 0) {
            throw PyErr.runtimeError("super(): __class__ cell not found");
        }
        PyObject cls = f.cells[idx].value;
        if (!(cls instanceof PyType start)) {
            throw PyErr.runtimeError("super(): empty __class__ cell");
        }
        if (c.argcount == 0 && !c.has(PyCode.VARARGS)) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        PyObject self = f.locals[0];
        if (self == null && c.cellArgs.length > 0) {
            for (int i = 0; i < c.cellArgs.length; i++) {
                if (c.cellArgs[i] == 0) {
                    self = f.cells[i].value;
                }
            }
        }
        if (self == null) {
            throw PyErr.runtimeError("super(): arg[0] deleted");
        }
        return superOf(start, self);
    }

    private static PySuper superOf(PyType start, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(start)) {
            return new PySuper(start, obj, ot);
        }
        if (!obj.type().isSubtypeOf(start)) {
            throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(start, obj, obj.type());
    }
}
