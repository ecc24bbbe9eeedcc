package dev.interleave.vm;

/** object: the allocator of plain instances and the default special methods. */
final class ObjectMethods {
    private ObjectMethods() {}

    /** object.__new__, a staticmethod; classes that do not override it are built without calling it. */
    static final PyObject NEW = new PyWrappedMethod(Methods.fn("__new__", (in, args, kw) -> {
        if (args.length == 0 || !(args[0] instanceof PyType type)) {
            throw PyErr.typeError("object.__new__(X): X is not a type object");
        }
        return Calls.allocate(in, type, new PyObject[0], null);
    }), false);

    static void install() {
        PyType t = Builtins.OBJECT;
        t.allocator((in, type, args, kw) -> new PyInstance(type));
        Methods.def(t, "__init__", (in, args, kw) -> {
            PyObject self = args[0];
            if (args.length > 1) {
                PyObject init = self.type().lookup("__init__");
                PyObject newFn = self.type().lookup("__new__");
                if (init != t.ownGet("__init__")) {
                    throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (newFn == t.ownGet("__new__")) {
                    throw PyErr.typeError(self.type().name() + "() takes no arguments");
                }
            }
            return PyNone.NONE;
        });
        Methods.value(t, "__new__", NEW);
        Methods.def(t, "__repr__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__repr__", args, kw, 0);
            return PyStr.of(Repr.defaultRepr(in, args[0]));
        });
        Methods.def(t, "__str__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__str__", args, kw, 0);
            return PyStr.of(Ops.repr(in, args[0]));
        });
        Methods.def(t, "__eq__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__eq__", args, kw, 1);
            return args[0] == args[1] ? PyBool.TRUE : PyNone.NOT_IMPLEMENTED;
        });
        Methods.def(t, "__ne__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__ne__", args, kw, 1);
            PyObject eq = Compare.rich(in, args[0], args[1], Compare.EQ);
            return eq == PyNone.NOT_IMPLEMENTED ? eq : PyBool.of(!Ops.truthy(in, eq));
        });
        Methods.def(t, "__hash__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__hash__", args, kw, 0);
            return PyInt.of(Hashing.identity(in, args[0]));
        });
        Methods.def(t, "__format__", (in, args, kw) -> {
            PyObject specArg = ClinicArgs.one("object.__format__", args, kw, 1);
            if (!(specArg instanceof PyStr ss)) {
                throw PyErr.typeError("__format__() argument must be str, not " + ClinicArgs.argType(specArg));
            }
            String spec = ss.value;
            if (!spec.isEmpty()) {
                throw PyErr.typeError("unsupported format string passed to " + args[0].type().name() + ".__format__");
            }
            return PyStr.of(Ops.str(in, args[0]));
        });
        Methods.def(t, "__setattr__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__setattr__", args, kw, 2);
            Attr.setGeneric(in, args[0], attrName(args[1]), args[2]);
            return PyNone.NONE;
        });
        Methods.def(t, "__getattribute__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__getattribute__", args, kw, 1);
            return Attr.get(in, args[0], attrName(args[1]));
        });
        Methods.def(t, "__delattr__", (in, args, kw) -> {
            BuiltinDunders.wrapperArgs("__delattr__", args, kw, 1);
            Attr.delete(in, args[0], attrName(args[1]));
            return PyNone.NONE;
        });
        Methods.getset(t, "__class__", (in, o) -> o.type(), null);
        Methods.getter(t, "__dict__", (in, o) -> {
            PyDict d = o.dict();
            if (d == null) {
                throw PyErr.attributeError(o, "__dict__");
            }
            return d;
        });
        Methods.value(t, "__doc__", PyNone.NONE);
    }

    private static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }
}
