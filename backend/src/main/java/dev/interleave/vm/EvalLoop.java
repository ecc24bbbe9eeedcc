package dev.interleave.vm;

import static dev.interleave.vm.DispatchOrder.*;

/**
 * The bytecode loop of one run. Calls between Python functions, generator resumptions and
 * returns switch frames inside the loop (no Java recursion), so a thread can stop between any
 * two instructions. Calls from Java into Python (a native calling back) enter the loop anew.
 */
final class EvalLoop {

    /** What the loop returns when the scheduler's budget is used up (never a Python value). */
    private static final PyObject SLICE_END = new PyTuple(new PyObject[0]);

    private final Interpreter in;
    private final Unwinder unwinder;
    private final Frames frames;

    EvalLoop(Interpreter in) {
        this.in = in;
        this.frames = new Frames(in);
        this.unwinder = new Unwinder(in);
    }

    Frames frames() {
        return frames;
    }

    /** Runs until {@code entry} (already linked above {@code ts.top}) returns or yields. */
    PyObject run(ThreadState ts, Frame entry) {
        return run(ts, entry, null);
    }

    /** As {@link #run(ThreadState, Frame)}, raising {@code thrown} in the entry frame first. */
    PyObject run(ThreadState ts, Frame entry, PyException thrown) {
        ts.top = entry;
        PyException pending = thrown;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    unwinder.unwind(ts, p.exc, true);
                }
                PyObject r = loop(ts);
                if (r != SLICE_END) {
                    return r;
                }
                in.machine().sliceEnd();
            } catch (PyException e) {
                pending = e;
            } catch (StackOverflowError e) {
                pending = PyErr.recursion();
            } catch (Unwinder.LeaveLoop leave) {
                throw leave.exception;
            }
        }
    }

    private PyObject loop(ThreadState ts) {
        Frame f = ts.top;
        int sp = f.sp;
        int pc = f.pc;
        int countdown = ts.countdown;
        // true while a call is out with the budget in ts.countdown (which then is the truth)
        boolean lent = false;
        try {
            frames:
            while (true) {
                f = ts.top;
                final int[] code = f.code.loopCode;
                final PyObject[] stack = f.stack;
                final PyObject[] locals = f.locals;
                final PyObject[] consts = f.code.consts;
                final String[] names = f.code.names;
                sp = f.sp;
                pc = f.pc;
                while (true) {
                    if (--countdown < 0) {
                        countdown = 0;
                        return SLICE_END;
                    }
                    int ins = code[pc++];
                    int arg = ins >>> 8;
                    switch (ins & 0xFF) {
                        case NOP -> { }
                        case POP_TOP -> {
                            if (stack[--sp] instanceof PyGenerator g && g.state == PyGenerator.State.CREATED
                                    && g.isCoroutine()) {
                                f.pc = pc;
                                Warnings.unawaited(in, g);
                            }
                            stack[sp] = null;
                        }
                        case COPY -> {
                            stack[sp] = stack[sp - arg];
                            sp++;
                        }
                        case SWAP -> {
                            PyObject t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                        }
                        case PUSH_NULL -> stack[sp++] = null;
                        case LOAD_CONST -> stack[sp++] = consts[arg];
                        case LOAD_FAST -> {
                            PyObject v = local(f, locals, arg);
                            stack[sp++] = v;
                        }
                        case STORE_FAST -> {
                            locals[arg] = stack[--sp];
                            stack[sp] = null;
                        }
                        case LOAD_FAST_LOAD_FAST -> {
                            PyObject v = local(f, locals, arg);
                            stack[sp++] = v;
                            if (countdown > 0) {
                                countdown--;
                                int second = code[pc++] >>> 8;
                                PyObject w = local(f, locals, second);
                                stack[sp++] = w;
                            }
                        }
                        case STORE_FAST_LOAD_FAST -> {
                            locals[arg] = stack[--sp];
                            stack[sp] = null;
                            if (countdown > 0) {
                                countdown--;
                                int second = code[pc++] >>> 8;
                                PyObject w = local(f, locals, second);
                                stack[sp++] = w;
                            }
                        }
                        case LOAD_CONST_BINARY_OP -> {
                            if (countdown > 0) {
                                countdown--;
                                int op = code[pc++] >>> 8;
                                stack[sp - 1] = Fast.binary(in, op, stack[sp - 1], consts[arg]);
                            } else {
                                stack[sp++] = consts[arg];
                            }
                        }
                        case LOAD_FAST_LOAD_CONST_BINARY_OP -> {
                            PyObject v = local(f, locals, arg);
                            if (countdown > 1) {
                                countdown -= 2;
                                PyObject k = consts[code[pc] >>> 8];
                                int op = code[pc + 1] >>> 8;
                                pc += 2;
                                stack[sp++] = Fast.binary(in, op, v, k);
                            } else {
                                stack[sp++] = v;
                            }
                        }
                        case LOAD_FAST_LOAD_FAST_STORE_ATTR -> {
                            PyObject v = local(f, locals, arg);
                            if (countdown > 1) {
                                countdown -= 2;
                                PyObject obj = local(f, locals, code[pc++] >>> 8);
                                int attr = pc++;
                                Fast.storeAttr(in, f.code, attr, obj, code[attr] >>> 8, v);
                            } else {
                                stack[sp++] = v;
                            }
                        }
                        case LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE -> {
                            if (countdown > 1) {
                                countdown -= 2;
                                PyObject r = Fast.compare(in, code[pc++] >>> 8, stack[sp - 1], consts[arg]);
                                int target = code[pc++] >>> 8;
                                stack[--sp] = null;
                                if (isFalse(r)) {
                                    pc = target;
                                }
                            } else {
                                stack[sp++] = consts[arg];
                            }
                        }
                        case BINARY_OP_STORE_FAST -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject r = Fast.binary(in, arg, stack[sp - 1], b);
                            if (countdown > 0) {
                                countdown--;
                                locals[code[pc++] >>> 8] = r;
                                stack[--sp] = null;
                            } else {
                                stack[sp - 1] = r;
                            }
                        }
                        case LOAD_FAST_LOAD_ATTR -> {
                            PyObject v = local(f, locals, arg);
                            stack[sp++] = v;
                            if (countdown > 0) {
                                countdown--;
                                int name = code[pc++] >>> 8;
                                f.pc = pc; // a getter may read the running frame's line (frame.f_lineno)
                                stack[sp - 1] = Fast.loadAttr(in, f.code, pc - 1, v, names[name]);
                            }
                        }
                        case LOAD_GLOBAL_PUSH_NULL -> {
                            stack[sp++] = Names.loadGlobalCached(f, arg);
                            if (countdown > 0) {
                                countdown--;
                                pc++;
                                stack[sp++] = null;
                            }
                        }
                        case COMPARE_OP_POP_JUMP_IF_FALSE -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject r = Fast.compare(in, arg, stack[sp - 1], b);
                            if (countdown > 0) {
                                countdown--;
                                int target = code[pc++] >>> 8;
                                stack[--sp] = null;
                                if (isFalse(r)) {
                                    pc = target;
                                }
                            } else {
                                stack[sp - 1] = r;
                            }
                        }
                        case LOAD_GLOBAL -> stack[sp++] = Names.loadGlobalCached(f, arg);
                        case STORE_GLOBAL -> {
                            f.globals.putStr(names[arg], stack[--sp]);
                            stack[sp] = null;
                        }
                        case LOAD_NAME -> stack[sp++] = Names.loadName(f, names[arg]);
                        case STORE_NAME -> {
                            (f.localsDict != null ? f.localsDict : f.globals).putStr(names[arg], stack[--sp]);
                            stack[sp] = null;
                        }
                        case LOAD_DEREF -> stack[sp++] = Names.loadDeref(f, arg);
                        case STORE_DEREF -> {
                            f.cells[arg].value = stack[--sp];
                            stack[sp] = null;
                        }
                        case LOAD_ATTR -> {
                            f.pc = pc; // a getter may read the running frame's line (frame.f_lineno)
                            stack[sp - 1] = Fast.loadAttr(in, f.code, pc - 1, stack[sp - 1], names[arg]);
                        }
                        case STORE_ATTR -> {
                            Fast.storeAttr(in, f.code, pc - 1, stack[sp - 1], arg, stack[sp - 2]);
                            stack[--sp] = null;
                            stack[--sp] = null;
                        }
                        case LOAD_METHOD -> {
                            Fast.loadMethod(in, f.code, pc - 1, stack, sp - 1, names[arg]);
                            sp++;
                        }
                        case LOAD_FAST_LOAD_METHOD -> {
                            PyObject obj = local(f, locals, arg);
                            stack[sp++] = obj;
                            if (countdown > 0) {
                                countdown--;
                                String name = names[code[pc++] >>> 8];
                                Fast.loadMethod(in, f.code, pc - 1, stack, sp - 1, name);
                                sp++;
                            }
                        }
                        case BINARY_OP -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            stack[sp - 1] = Fast.binary(in, arg, a, b);
                        }
                        case UNARY_NOT -> stack[sp - 1] = PyBool.of(!Ops.truthy(in, stack[sp - 1]));
                        case COMPARE_OP -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Fast.compare(in, arg, stack[sp - 1], b);
                        }
                        case IS_OP -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of((stack[sp - 1] == b) != (arg == 1));
                        }
                        case CONTAINS_OP -> {
                            PyObject container = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of(Ops.contains(in, container, stack[sp - 1]) != (arg == 1));
                        }
                        case BINARY_SUBSCR -> {
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Fast.getItem(in, stack[sp - 1], key);
                        }
                        case STORE_SUBSCR -> {
                            Ops.setItem(in, stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                            stack[--sp] = null;
                            stack[--sp] = null;
                            stack[--sp] = null;
                        }
                        case BUILD_TUPLE -> {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            clear(stack, sp, arg);
                            stack[sp++] = PyTuple.of(items);
                        }
                        case BUILD_LIST -> {
                            PyObject[] items = new PyObject[Math.max(arg, 4)];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            clear(stack, sp, arg);
                            stack[sp++] = new PyList(items, arg);
                        }
                        case LIST_APPEND -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                        }
                        case UNPACK_SEQUENCE -> {
                            PyObject seq = stack[--sp];
                            Seq.unpack(in, seq, arg, stack, sp);
                            sp += arg;
                        }
                        case JUMP -> {
                            pc = arg;
                            // a loop's jump back runs its FOR_ITER at once when that iterates a builtin iterator
                            int next = pc < code.length ? code[pc] & 0xFF : RARE;
                            if ((next == FOR_ITER_STORE_FAST || next == FOR_ITER) && countdown > 0
                                    && stack[sp - 1] instanceof PyIter pi) {
                                countdown--;
                                int forIter = code[pc++];
                                PyObject v = pi.next(in);
                                if (v == null) {
                                    stack[--sp] = null;
                                    pc = forIter >>> 8;
                                } else if (next == FOR_ITER_STORE_FAST && countdown > 0) {
                                    countdown--;
                                    locals[code[pc++] >>> 8] = v;
                                } else {
                                    stack[sp++] = v;
                                }
                            }
                        }
                        case POP_JUMP_IF_FALSE -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (isFalse(v)) {
                                pc = arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.TRUE || v != PyBool.FALSE && Ops.truthy(in, v)) {
                                pc = arg;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP -> {
                            if (!Ops.truthy(in, stack[sp - 1])) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
                            if (Ops.truthy(in, stack[sp - 1])) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                        }
                        case GET_ITER -> stack[sp - 1] = Ops.iter(in, stack[sp - 1]);
                        case FOR_ITER, FOR_ITER_STORE_FAST -> {
                            PyObject it = stack[sp - 1];
                            if (it instanceof PyIter pi) {
                                PyObject v = pi.next(in);
                                if (v == null) {
                                    stack[--sp] = null;
                                    pc = arg;
                                } else if ((ins & 0xFF) == FOR_ITER_STORE_FAST && countdown > 0) {
                                    countdown--;
                                    locals[code[pc++] >>> 8] = v;
                                } else {
                                    stack[sp++] = v;
                                }
                            } else if (it instanceof PyGenerator g && g.kind == Builtins.GENERATOR) {
                                f.sp = sp;
                                f.pc = pc;
                                if (frames.link(ts, f, g, PyNone.NONE, Frame.MODE_FOR_ITER, arg, false)) {
                                    continue frames;
                                } else {
                                    stack[--sp] = null;
                                    pc = arg;
                                }
                            } else {
                                PyObject v = Ops.next(in, it);
                                if (v != null) {
                                    stack[sp++] = v;
                                } else {
                                    stack[--sp] = null;
                                    pc = arg;
                                }
                            }
                        }
                        case CALL, CALL_KW, CALL_FUNCTION_EX -> {
                            f.sp = sp;
                            f.pc = pc;
                            ts.countdown = countdown;
                            lent = true;
                            Frame callee = frames.call(ts, f, Opcode.op(f.code.code[pc - 1]), arg);
                            lent = false;
                            countdown = ts.countdown;
                            if (callee != f) {
                                continue frames;
                            }
                            sp = f.sp;
                        }
                        case RETURN_VALUE, YIELD_VALUE -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if ((ins & 0xFF) == RETURN_VALUE && f.mode == Frame.MODE_PUSH && f.gen == null) {
                                Frame caller = f.back;
                                f.back = null;
                                ts.depth--;
                                ts.top = caller;
                                caller.stack[caller.sp++] = v;
                                f.recycle();
                                continue frames;
                            }
                            f.sp = sp;
                            f.pc = pc;
                            Frame next = (ins & 0xFF) == RETURN_VALUE ? frames.doReturn(ts, f, v) : frames.doYield(ts, f, v);
                            if (next == null) {
                                return ts.result;
                            }
                            continue frames;
                        }
                        case SEND -> {
                            f.sp = sp;
                            f.pc = pc;
                            if (frames.send(ts, f, arg) != f) {
                                continue frames;
                            }
                            sp = f.sp;
                            pc = f.pc;
                        }
                        default -> {
                            ts.countdown = countdown;
                            lent = true;
                            sp = RareOps.exec(in, ts, f, Opcode.op(f.code.code[pc - 1]), arg, sp);
                            lent = false;
                            countdown = ts.countdown;
                        }
                    }
                }
            }
        } finally {
            if (!lent) {
                ts.countdown = countdown;
            }
            if (ts.top == f) {
                f.sp = sp;
                f.pc = pc;
            }
        }
    }

    /** Whether a branch on {@code v} is not taken by POP_JUMP_IF_TRUE (a bool tested without a call). */
    private boolean isFalse(PyObject v) {
        return v == PyBool.FALSE || v != PyBool.TRUE && !Ops.truthy(in, v);
    }

    /** Local {@code i} of {@code f}, or UnboundLocalError (small enough for C1 to inline). */
    private static PyObject local(Frame f, PyObject[] locals, int i) {
        PyObject v = locals[i];
        if (v == null) {
            throw Names.unboundLocal(f.code.varnames[i]);
        }
        return v;
    }

    private static void clear(PyObject[] stack, int from, int n) {
        for (int i = 0; i < n; i++) {
            stack[from + i] = null;
        }
    }
}
