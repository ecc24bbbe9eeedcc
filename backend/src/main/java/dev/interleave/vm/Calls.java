package dev.interleave.vm;

/** Calling any callable from Java, and instantiating classes. */
final class Calls {
    private Calls() {}

    static PyObject call(Interpreter in, PyObject c, PyObject[] args, String[] kwnames) {
        if (c instanceof PyFunction f) {
            Frame fr = in.loop().frames().newFrame(f, null, args, 0, args.length, kwnames);
            if (f.code.isGeneratorLike()) {
                return Frames.makeGenerator(fr);
            }
            return in.runFrame(fr);
        }
        if (c instanceof PyBuiltinFunction b) {
            if (b.owner != null) {
                checkDescriptorSelf(b, args);
            }
            return b.code.call(in, args, kwnames);
        }
        if (c instanceof PyBoundMethod m) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(in, m.func, full, kwnames);
        }
        if (c instanceof PyType t) {
            return callType(in, t, args, kwnames);
        }
        PyObject callMethod = Attr.lookupSpecial(c, "__call__");
        if (callMethod != null) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = c;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(in, callMethod, full, kwnames);
        }
        throw PyErr.notCallable(c);
    }

    private static void checkDescriptorSelf(PyBuiltinFunction b, PyObject[] args) {
        if (args.length == 0) {
            throw PyErr.typeError("unbound method " + b.qualname() + "() needs an argument");
        }
        PyObject self = args[0];
        if (!self.type().isSubtypeOf(b.owner) && !(b.owner == Builtins.TYPE && self instanceof PyType)) {
            throw PyErr.typeError("descriptor '" + b.name + "' for '" + b.owner.name()
                    + "' objects doesn't apply to a '" + self.type().name() + "' object");
        }
    }

    /** cls(*args, **kwargs) */
    static PyObject callType(Interpreter in, PyType t, PyObject[] args, String[] kwnames) {
        if (t.isBuiltin()) {
            if (t.allocator() == null) {
                throw PyErr.typeError("cannot create '" + t.name() + "' instances");
            }
            PyObject r = t.allocator().allocate(in, t, args, kwnames);
            if (t.isSubtypeOf(Builtins.BASE_EXCEPTION) || t == Builtins.OBJECT) {
                initialize(in, t, r, args, kwnames);
            }
            return r;
        }
        PyObject newFn = t.lookup("__new__");
        PyObject obj;
        if (newFn != ObjectMethods.NEW
                && (newFn instanceof PyWrappedMethod || newFn instanceof PyFunction)) {
            PyObject fn = newFn instanceof PyWrappedMethod w ? w.func : newFn;
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = t;
            System.arraycopy(args, 0, full, 1, args.length);
            obj = call(in, fn, full, kwnames);
            if (!obj.type().isSubtypeOf(t)) {
                return obj;
            }
        } else {
            obj = allocate(in, t, args, kwnames);
        }
        initialize(in, t, obj, args, kwnames);
        return obj;
    }

    private static void initialize(Interpreter in, PyType t, PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject init = t.lookup("__init__");
        if (init == null) {
            return;
        }
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        PyObject r = call(in, init, full, kwnames);
        if (r != PyNone.NONE) {
            throw PyErr.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
    }

    /** A new, uninitialised instance of a program-defined class (its solid base decides the kind). */
    static PyObject allocate(Interpreter in, PyType t, PyObject[] args, String[] kwnames) {
        PyType.Allocator a = t.allocator();
        if (a == null) {
            throw PyErr.typeError("cannot create '" + t.name() + "' instances");
        }
        return a.allocate(in, t, args, kwnames);
    }

    /** How CPython names a callable in call errors: "f()", "list.append()", "Foo()". */
    static String describe(PyObject c) {
        if (c instanceof PyFunction f) {
            return f.qualname + "()";
        }
        if (c instanceof PyBoundMethod m) {
            return describe(m.func);
        }
        if (c instanceof PyBuiltinFunction b) {
            return b.qualname() + "()";
        }
        if (c instanceof PyType t) {
            return t.name() + "()";
        }
        return c.type().name() + " object";
    }
}
