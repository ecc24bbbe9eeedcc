package dev.interleave.vm;

import dev.interleave.lang.Operator;

/** Fast paths for the hottest instructions, falling back to the general protocols. */
final class Fast {
    private Fast() {}

    private static final int ADD = Operator.Bin.ADD.ordinal();
    private static final int SUB = Operator.Bin.SUB.ordinal();
    private static final int MULT = Operator.Bin.MULT.ordinal();
    private static final int MOD = Operator.Bin.MOD.ordinal();
    private static final int FLOORDIV = Operator.Bin.FLOORDIV.ordinal();
    private static final int IADD = ADD | Arith.INPLACE;
    private static final int ISUB = SUB | Arith.INPLACE;

    static PyObject binary(Interpreter in, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.value;
                long q = y.value;
                if (op == ADD || op == IADD) {
                    long r = p + q;
                    if (((p ^ r) & (q ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                } else if (op == SUB || op == ISUB) {
                    long r = p - q;
                    if (((p ^ q) & (p ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                } else {
                    int o = op & ~Arith.INPLACE;
                    if (o == MULT) {
                        long r = p * q;
                        long hi = Math.multiplyHigh(p, q);
                        if (hi == 0 && r >= 0 || hi == -1 && r < 0) {
                            return PyInt.of(r);
                        }
                    } else if (o == MOD && q > 0) {
                        return PyInt.of(Math.floorMod(p, q));
                    } else if (o == FLOORDIV && q > 0) {
                        return PyInt.of(Math.floorDiv(p, q));
                    }
                }
            }
        }
        return Arith.binary(in, op, a, b);
    }

    /** obj.name: instance attributes of program-defined classes without a descriptor go straight to the dict. */
    static PyObject loadAttr(Interpreter in, PyCode code, int pc, PyObject obj, String name) {
        if (obj instanceof PyInstance inst) {
            PyObject descr = TypeSite.lookup(code, pc, inst.type(), name);
            if (descr == null) {
                PyObject v = inst.dict().getStr(name);
                if (v != null) {
                    return v;
                }
            } else if (descr instanceof PyFunction) {
                PyObject v = inst.dict().size() == 0 ? null : inst.dict().getStr(name);
                return v != null ? v : new PyBoundMethod(descr, obj);
            }
        }
        return Attr.get(in, obj, name);
    }

    /** obj.name = value, with the same shortcut when the class has no __setattr__ and no descriptor. */
    static void storeAttr(Interpreter in, PyCode code, int pc, PyObject obj, int nameIndex, PyObject value) {
        String name = code.names[nameIndex];
        if (obj instanceof PyInstance inst && inst.type().plainSetattr()
                && TypeSite.lookup(code, pc, inst.type(), name) == null) {
            inst.dict().putStr(code.nameStrs[nameIndex], value);
            return;
        }
        Attr.set(in, obj, name, value);
    }

    /**
     * LOAD_METHOD on {@code stack[top]}: leaves the method and the object (a call passes it as
     * the first argument), or the attribute's value and null; the caller's stack grows by one.
     */
    static void loadMethod(Interpreter in, PyCode code, int pc, PyObject[] stack, int top, String name) {
        PyObject obj = stack[top];
        PyObject m = lookupMethod(code, pc, obj, name);
        if (m != null) {
            stack[top] = m;
            stack[top + 1] = obj;
        } else {
            stack[top] = Attr.get(in, obj, name);
            stack[top + 1] = null;
        }
    }

    /** LOAD_METHOD: the method to call with obj as first argument, or null; the type's lookup goes through the instruction's inline cache. */
    private static PyObject lookupMethod(PyCode code, int pc, PyObject obj, String name) {
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper) {
            return null;
        }
        return Attr.methodOf(obj, name, TypeSite.lookup(code, pc, obj.type(), name));
    }

    /**
     * Whether a call of a native can skip the general dispatch: not blocking, not a generator
     * method or next(generator) (those resume in place), and for a method, self of its type.
     */
    static boolean directNative(PyBuiltinFunction bf, PyObject self, PyObject[] stack, int base, int nargs) {
        if (bf.blocking) {
            return false;
        }
        if (bf.owner == null) {
            return self == null && !(nargs == 1 && stack[base + 2] instanceof PyGenerator);
        }
        if (self == null || self instanceof PyGenerator) {
            return false;
        }
        PyType t = self.type();
        return t == bf.owner || t.isSubtypeOf(bf.owner);
    }

    static PyObject compare(Interpreter in, int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.value;
                long q = y.value;
                return PyBool.of(switch (op) {
                    case Compare.LT -> p < q;
                    case Compare.LE -> p <= q;
                    case Compare.EQ -> p == q;
                    case Compare.NE -> p != q;
                    case Compare.GT -> p > q;
                    default -> p >= q;
                });
            }
        }
        return Compare.rich(in, a, b, op);
    }

    static PyObject getItem(Interpreter in, PyObject container, PyObject key) {
        if (container instanceof PyList l && l.subtype == null && key.getClass() == PyInt.class) {
            PyInt k = (PyInt) key;
            if (k.big == null) {
                long i = k.value < 0 ? k.value + l.size : k.value;
                if (i >= 0 && i < l.size) {
                    return l.items[(int) i];
                }
            }
        }
        return Ops.getItem(in, container, key);
    }

    static PyObject formatValue(Interpreter in, PyObject v, int conversion, PyObject spec) {
        String s = switch (conversion) {
            case 1 -> Ops.str(in, v);
            case 2 -> Ops.repr(in, v);
            case 3 -> Ascii.of(Ops.repr(in, v));
            default -> null;
        };
        if (s != null) {
            v = PyStr.of(s);
        }
        String specText = spec == null ? "" : ((PyStr) spec).value;
        if (specText.isEmpty() && v.getClass() == PyStr.class) {
            return v;
        }
        return PyStr.of(Ops.format(in, v, specText));
    }

    /** MAKE_FUNCTION: [defaults? kwdefaults? closure? code] -> [function]. */
    static void makeFunction(Frame f, int flags) {
        PyObject[] st = f.stack;
        PyCode code = (PyCode) st[--f.sp];
        PyCell[] closure = null;
        if ((flags & 8) != 0) {
            PyTuple t = (PyTuple) st[--f.sp];
            closure = new PyCell[t.size()];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) t.get(i);
            }
        }
        PyDict kwDefaults = (flags & 2) != 0 ? (PyDict) st[--f.sp] : null;
        PyObject[] defaults = (flags & 1) != 0 ? ((PyTuple) st[--f.sp]).items : null;
        st[f.sp++] = new PyFunction(code, f.globals, defaults, kwDefaults, closure);
    }

    /** BEFORE_WITH / BEFORE_ASYNC_WITH: [mgr] -> [exit enter NULL]. */
    static void beforeWith(Interpreter in, Frame f, boolean async) {
        PyObject mgr = f.stack[f.sp - 1];
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        PyObject enter = Attr.lookupSpecial(mgr, enterName);
        PyObject exit = Attr.lookupSpecial(mgr, exitName);
        String protocol = async ? "asynchronous context manager" : "context manager";
        if (enter == null) {
            throw PyErr.typeError("'" + mgr.type().name() + "' object does not support the " + protocol + " protocol");
        }
        if (exit == null) {
            throw PyErr.typeError("'" + mgr.type().name() + "' object does not support the " + protocol
                    + " protocol (missed " + exitName + " method)");
        }
        f.stack[f.sp - 1] = Attr.bind(in, exit, mgr, mgr.type());
        f.stack[f.sp++] = Attr.bind(in, enter, mgr, mgr.type());
        f.stack[f.sp++] = null;
    }
}
