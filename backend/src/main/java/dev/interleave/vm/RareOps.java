package dev.interleave.vm;

import static dev.interleave.vm.Opcode.*;

/**
 * The instructions that are not on hot paths, kept out of {@link EvalLoop#loop} so that the
 * JIT compiles the loop small and fast. None of them switches frames.
 */
final class RareOps {
    private RareOps() {}

    /** Executes one instruction on f's stack (depth sp) and returns the new depth. */
    static int exec(Interpreter in, ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObject[] stack = f.stack;
        String[] names = f.code.names;
        PyObject[] locals = f.locals;
        switch (op) {
            case DELETE_FAST -> {
                if (locals[arg] == null) {
                    throw Names.unboundLocal(f.code.varnames[arg]);
                }
                locals[arg] = null;
            }
            case DELETE_GLOBAL -> Names.deleteGlobal(f, names[arg]);
            case DELETE_NAME -> Names.deleteName(f, names[arg]);
            case DELETE_DEREF -> Names.deleteDeref(f, arg);
            case LOAD_CLOSURE -> stack[sp++] = f.cells[arg];
            case LOAD_FROM_DICT_OR_DEREF -> stack[sp++] = Names.loadClassDeref(f, arg);
            case DELETE_ATTR -> {
                Attr.delete(in, stack[sp - 1], names[arg]);
                stack[--sp] = null;
            }
            case UNARY_NEGATIVE -> stack[sp - 1] = Arith.negative(in, stack[sp - 1]);
            case UNARY_POSITIVE -> stack[sp - 1] = Arith.positive(in, stack[sp - 1]);
            case UNARY_INVERT -> stack[sp - 1] = Arith.invert(in, stack[sp - 1]);
            case DELETE_SUBSCR -> {
                Ops.delItem(in, stack[sp - 2], stack[sp - 1]);
                stack[--sp] = null;
                stack[--sp] = null;
            }
            case BUILD_SLICE -> {
                PyObject step = arg == 3 ? stack[--sp] : PyNone.NONE;
                PyObject stop = stack[--sp];
                PyObject start = stack[sp - 1];
                stack[sp] = null;
                stack[sp - 1] = new PySlice(start, stop, step);
            }
            case BUILD_SET -> {
                PySet s = new PySet();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    s.add(in, stack[sp + i]);
                }
                clear(stack, sp, arg);
                stack[sp++] = s;
            }
            case BUILD_MAP -> {
                PyDict d = new PyDict();
                sp -= 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.put(in, stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                }
                clear(stack, sp, 2 * arg);
                stack[sp++] = d;
            }
            case SET_ADD -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).add(in, v);
            }
            case MAP_ADD -> {
                PyObject v = stack[--sp];
                PyObject k = stack[--sp];
                stack[sp] = null;
                stack[sp + 1] = null;
                ((PyDict) stack[sp - arg]).put(in, k, v);
            }
            case LIST_EXTEND -> {
                PyObject it = stack[--sp];
                stack[sp] = null;
                Seq.extend(in, (PyList) stack[sp - arg], it);
            }
            case SET_UPDATE -> {
                PyObject it = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).update(in, it);
            }
            case DICT_UPDATE -> {
                PyObject m = stack[--sp];
                stack[sp] = null;
                Seq.dictUpdate(in, (PyDict) stack[sp - arg], m);
            }
            case DICT_MERGE -> {
                PyObject m = stack[--sp];
                stack[sp] = null;
                Seq.dictMerge(in, (PyDict) stack[sp - arg], m, stack[sp - arg - 3]);
            }
            case LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
            case BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    sb.append(((PyStr) stack[sp + i]).value);
                }
                clear(stack, sp, arg);
                stack[sp++] = PyStr.of(sb.toString());
            }
            case FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                stack[sp] = null;
                stack[sp - 1] = Fast.formatValue(in, stack[sp - 1], arg & 3, spec);
            }
            case UNPACK_EX -> {
                PyObject seq = stack[--sp];
                int before = arg & 0xFF;
                int after = arg >>> 8;
                Seq.unpackEx(in, seq, before, after, stack, sp);
                sp += before + after + 1;
            }
            case MAKE_FUNCTION -> {
                f.sp = sp;
                Fast.makeFunction(f, arg);
                sp = f.sp;
            }
            case LOAD_BUILD_CLASS -> stack[sp++] = in.buildClassFunction();
            case RAISE_VARARGS -> {
                f.sp = sp;
                throw Raise.raise(ts, f, arg);
            }
            case RERAISE -> {
                PyObject e = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                throw Unwinder.reraise(ts, (PyBaseException) e);
            }
            case PUSH_EXC_INFO -> {
                PyObject e = stack[sp - 1];
                stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                stack[sp++] = e;
                ts.handled = (PyBaseException) e;
            }
            case POP_EXCEPT -> {
                PyObject prev = stack[--sp];
                stack[sp] = null;
                ts.handled = prev instanceof PyBaseException pe ? pe : null;
            }
            case CHECK_EXC_MATCH -> {
                PyObject t = stack[sp - 1];
                stack[sp - 1] = PyBool.of(Raise.matches(stack[sp - 2], t));
            }
            case CHECK_EG_MATCH -> {
                PyObject[] r = ExceptionGroups.starMatch(in, stack[sp - 2], stack[sp - 1]);
                stack[sp - 2] = r[0];
                stack[sp - 1] = r[1];
                if (r[1] instanceof PyBaseException match) {
                    ts.handled = match;
                }
            }
            case PREP_RERAISE_STAR -> {
                PyObject list = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = ExceptionGroups.prepReraiseStar(in, stack[sp - 1], list);
            }
            case BEFORE_WITH -> {
                f.sp = sp;
                Fast.beforeWith(in, f, false);
                sp = f.sp;
            }
            case BEFORE_ASYNC_WITH -> {
                f.sp = sp;
                Fast.beforeWith(in, f, true);
                sp = f.sp;
            }
            case WITH_EXIT_ARGS -> {
                PyObject e = stack[sp - 1];
                stack[sp - 1] = e.type();
                stack[sp++] = e;
                stack[sp++] = PyTraceback.of((PyBaseException) e);
            }
            case GET_YIELD_FROM_ITER -> stack[sp - 1] = Coro.yieldFromIter(in, f, stack[sp - 1]);
            case GET_AWAITABLE -> stack[sp - 1] = Coro.awaitable(in, stack[sp - 1]);
            case GET_AITER -> stack[sp - 1] = Coro.aiter(in, stack[sp - 1]);
            case GET_ANEXT -> {
                stack[sp] = Coro.anext(in, stack[sp - 1]);
                sp++;
            }
            case END_ASYNC_FOR -> {
                PyObject e = stack[--sp];
                stack[sp] = null;
                if (!(e instanceof PyBaseException be && be.isInstance(Builtins.STOP_ASYNC_ITERATION))) {
                    f.sp = sp;
                    throw Unwinder.reraise(ts, (PyBaseException) e);
                }
                stack[--sp] = null;
            }
            case IMPORT_NAME -> {
                PyObject fromlist = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = in.importName(names[arg], fromlist);
            }
            case IMPORT_FROM -> {
                stack[sp] = Names.importFrom(in, stack[sp - 1], names[arg]);
                sp++;
            }
            case IMPORT_STAR -> {
                PyObject m = stack[--sp];
                stack[sp] = null;
                Names.importStar(in, f, m);
            }
            case LOAD_ASSERTION_ERROR -> stack[sp++] = Builtins.ASSERTION_ERROR;
            case SETUP_ANNOTATIONS -> Names.setupAnnotations(f);
            default -> throw new IllegalStateException("bad opcode " + op + " at " + (f.pc - 1));
        }
        return sp;
    }

    private static void clear(PyObject[] stack, int from, int n) {
        for (int i = 0; i < n; i++) {
            stack[from + i] = null;
        }
    }
}
