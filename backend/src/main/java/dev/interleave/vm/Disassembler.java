package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Prints code objects the way CPython 3.13's {@code dis} does: source line, jump labels,
 * instruction name, argument and what the argument means; then the exception table and the
 * nested code objects.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(PyCode code) {
        StringBuilder sb = new StringBuilder();
        List<PyCode> nested = new ArrayList<>();
        body(code, sb, nested);
        for (PyCode c : nested) {
            sb.append("\nDisassembly of ").append(c).append(":\n");
            sb.append(disassemble(c));
        }
        return sb.toString();
    }

    private static void body(PyCode code, StringBuilder sb, List<PyCode> nested) {
        TreeMap<Integer, Integer> labels = labels(code);
        int lastLine = -1;
        for (int i = 0; i < code.code.length; i++) {
            int ins = code.code[i];
            int op = Opcode.op(ins);
            int arg = Opcode.arg(ins);
            int line = code.positions[i * 4];
            if (line != lastLine && line > 0) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(String.format("%3d", line));
                lastLine = line;
            } else {
                sb.append("   ");
            }
            Integer label = labels.get(i);
            sb.append(String.format("   %-8s", label == null ? "" : "L" + label + ":"));
            String name = Opcode.name(op);
            String argRepr = argRepr(code, op, arg, labels, nested);
            if (hasArg(op)) {
                sb.append(String.format("%-24s %4d", name, arg));
                if (!argRepr.isEmpty()) {
                    sb.append(" (").append(argRepr).append(')');
                }
            } else {
                sb.append(name);
            }
            sb.append('\n');
        }
        table(code, labels, sb);
    }

    private static TreeMap<Integer, Integer> labels(PyCode code) {
        TreeMap<Integer, Integer> targets = new TreeMap<>();
        for (int ins : code.code) {
            if (Opcode.isJump(Opcode.op(ins))) {
                targets.put(Opcode.arg(ins), 0);
            }
        }
        for (int i = 0; i < code.exceptionTable.length; i += 4) {
            targets.put(code.exceptionTable[i], 0);
            targets.put(code.exceptionTable[i + 1], 0);
            targets.put(code.exceptionTable[i + 2], 0);
        }
        int n = 1;
        for (Integer k : targets.keySet()) {
            targets.put(k, n++);
        }
        return targets;
    }

    private static boolean hasArg(int op) {
        return switch (op) {
            case Opcode.NOP, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE,
                 Opcode.UNARY_INVERT, Opcode.UNARY_NOT, Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR,
                 Opcode.DELETE_SUBSCR, Opcode.LIST_TO_TUPLE, Opcode.GET_ITER, Opcode.RETURN_VALUE,
                 Opcode.LOAD_BUILD_CLASS, Opcode.RERAISE, Opcode.PUSH_EXC_INFO, Opcode.POP_EXCEPT,
                 Opcode.CHECK_EXC_MATCH, Opcode.BEFORE_WITH, Opcode.WITH_EXIT_ARGS, Opcode.YIELD_VALUE,
                 Opcode.GET_YIELD_FROM_ITER, Opcode.GET_AWAITABLE, Opcode.IMPORT_STAR, Opcode.LOAD_ASSERTION_ERROR,
                 Opcode.SETUP_ANNOTATIONS, Opcode.BEFORE_ASYNC_WITH, Opcode.GET_AITER, Opcode.GET_ANEXT,
                 Opcode.END_ASYNC_FOR, Opcode.CHECK_EG_MATCH, Opcode.PREP_RERAISE_STAR -> false;
            default -> true;
        };
    }

    private static String argRepr(PyCode code, int op, int arg, TreeMap<Integer, Integer> labels, List<PyCode> nested) {
        return switch (op) {
            case Opcode.LOAD_CONST -> {
                PyObject c = code.consts[arg];
                if (c instanceof PyCode pc) {
                    nested.add(pc);
                    yield pc.toString();
                }
                yield constRepr(c);
            }
            case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST -> code.varnames[arg];
            case Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL, Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME,
                 Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.LOAD_METHOD,
                 Opcode.IMPORT_NAME, Opcode.IMPORT_FROM -> code.names[arg];
            case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLOSURE,
                 Opcode.LOAD_FROM_DICT_OR_DEREF -> arg < code.cellvars.length ? code.cellvars[arg]
                    : code.freevars[arg - code.cellvars.length];
            case Opcode.BINARY_OP -> {
                Operator.Bin b = Operator.Bin.values()[arg & 0x7F];
                yield (arg & Arith.INPLACE) != 0 ? b.symbol + "=" : b.symbol;
            }
            case Opcode.COMPARE_OP -> new String[] {"<", "<=", "==", "!=", ">", ">="}[arg];
            case Opcode.IS_OP -> arg == 1 ? "is not" : "is";
            case Opcode.CONTAINS_OP -> arg == 1 ? "not in" : "in";
            case Opcode.JUMP, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.JUMP_IF_FALSE_OR_POP,
                 Opcode.JUMP_IF_TRUE_OR_POP, Opcode.FOR_ITER, Opcode.SEND -> "to L" + labels.get(arg);
            case Opcode.FORMAT_VALUE -> new String[] {"", "str", "repr", "ascii"}[arg & 3]
                    + ((arg & 4) != 0 ? ((arg & 3) != 0 ? ", " : "") + "with format" : "");
            default -> "";
        };
    }

    private static String constRepr(PyObject c) {
        if (c instanceof PyStr s) {
            return "'" + s.value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        }
        if (c instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(constRepr(t.get(i)));
            }
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        }
        return c.toString();
    }

    private static void table(PyCode code, TreeMap<Integer, Integer> labels, StringBuilder sb) {
        int[] t = code.exceptionTable;
        if (t.length == 0) {
            return;
        }
        sb.append("ExceptionTable:\n");
        for (int i = 0; i < t.length; i += 4) {
            sb.append("  L").append(labels.get(t[i])).append(" to L").append(labels.get(t[i + 1])).append(" -> L")
                    .append(labels.get(t[i + 2])).append(" [").append(t[i + 3]).append("]\n");
        }
    }
}
