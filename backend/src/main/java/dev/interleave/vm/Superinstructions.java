package dev.interleave.vm;

import java.util.BitSet;

/**
 * Pairs of instructions the loop runs in one dispatch. HotSpot compiles the loop with C1 (see
 * engine/JitTuning), where each dispatch costs a chain of comparisons and the value stack lives
 * in memory, so the commonest pairs of CPython-style instructions (the ones CPython 3.13 itself
 * fuses or specialises: {@code LOAD_FAST_LOAD_FAST}, {@code STORE_FAST_LOAD_FAST}, a constant
 * operand, a loop variable stored at once) are worth one case each.
 *
 * <p>The loop runs {@link PyCode#loopCode}, a copy of the instructions in which the first
 * instruction of each chosen pair carries a fused opcode (its argument unchanged); the second
 * stays in place, so a jump to it, a thread resumed before it and the disassembler see the
 * program's own instructions. A fused case counts both instructions against the thread's budget
 * and runs the second only when the budget allows it; otherwise it runs the first alone and the
 * second runs as itself later. Virtual time, switch points, tracebacks and traces are therefore
 * the same as without fusion.
 */
final class Superinstructions {
    private Superinstructions() {}

    static final int LOAD_FAST_LOAD_FAST = 200;
    static final int STORE_FAST_LOAD_FAST = 201;
    static final int LOAD_CONST_BINARY_OP = 202;
    static final int FOR_ITER_STORE_FAST = 203;
    static final int LOAD_FAST_LOAD_ATTR = 204;
    static final int LOAD_FAST_LOAD_METHOD = 205;
    static final int LOAD_GLOBAL_PUSH_NULL = 206;
    static final int COMPARE_OP_POP_JUMP_IF_FALSE = 207;
    /** A result stored at once ({@code x = a + b}). */
    static final int BINARY_OP_STORE_FAST = 208;
    /** Three instructions: a local and a constant as the operands of a binary operation ({@code i % 7}). */
    static final int LOAD_FAST_LOAD_CONST_BINARY_OP = 209;
    /** Three instructions: a local stored as an attribute of another ({@code self.x = x}). */
    static final int LOAD_FAST_LOAD_FAST_STORE_ATTR = 210;
    /** Three instructions: a comparison with a constant deciding a branch ({@code if n < 2:}). */
    static final int LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE = 211;

    private static final String[] NAMES = {"LOAD_FAST_LOAD_FAST", "STORE_FAST_LOAD_FAST", "LOAD_CONST_BINARY_OP",
        "FOR_ITER_STORE_FAST", "LOAD_FAST_LOAD_ATTR", "LOAD_FAST_LOAD_METHOD", "LOAD_GLOBAL_PUSH_NULL",
        "COMPARE_OP_POP_JUMP_IF_FALSE", "BINARY_OP_STORE_FAST", "LOAD_FAST_LOAD_CONST_BINARY_OP",
        "LOAD_FAST_LOAD_FAST_STORE_ATTR", "LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE"};

    /** The name of a fused opcode, or null for any other. */
    static String name(int op) {
        return op >= LOAD_FAST_LOAD_FAST && op < LOAD_FAST_LOAD_FAST + NAMES.length ? NAMES[op - LOAD_FAST_LOAD_FAST] : null;
    }

    /** The fused opcode for {@code first} followed by {@code second}, or -1. */
    static int fuse(int first, int second) {
        return switch (first) {
            case Opcode.LOAD_FAST -> switch (second) {
                case Opcode.LOAD_FAST -> LOAD_FAST_LOAD_FAST;
                case Opcode.LOAD_ATTR -> LOAD_FAST_LOAD_ATTR;
                case Opcode.LOAD_METHOD -> LOAD_FAST_LOAD_METHOD;
                default -> -1;
            };
            case Opcode.STORE_FAST -> second == Opcode.LOAD_FAST ? STORE_FAST_LOAD_FAST : -1;
            case Opcode.LOAD_CONST -> second == Opcode.BINARY_OP ? LOAD_CONST_BINARY_OP : -1;
            case Opcode.FOR_ITER -> second == Opcode.STORE_FAST ? FOR_ITER_STORE_FAST : -1;
            case Opcode.LOAD_GLOBAL -> second == Opcode.PUSH_NULL ? LOAD_GLOBAL_PUSH_NULL : -1;
            case Opcode.COMPARE_OP -> second == Opcode.POP_JUMP_IF_FALSE ? COMPARE_OP_POP_JUMP_IF_FALSE : -1;
            case Opcode.BINARY_OP -> second == Opcode.STORE_FAST ? BINARY_OP_STORE_FAST : -1;
            default -> -1;
        };
    }

    /** The fused opcode for the three instructions {@code a b c}, or -1. */
    static int fuse3(int a, int b, int c) {
        if (a == Opcode.LOAD_FAST && b == Opcode.LOAD_CONST && c == Opcode.BINARY_OP) {
            return LOAD_FAST_LOAD_CONST_BINARY_OP;
        }
        if (a == Opcode.LOAD_FAST && b == Opcode.LOAD_FAST && c == Opcode.STORE_ATTR) {
            return LOAD_FAST_LOAD_FAST_STORE_ATTR;
        }
        if (a == Opcode.LOAD_CONST && b == Opcode.COMPARE_OP && c == Opcode.POP_JUMP_IF_FALSE) {
            return LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE;
        }
        return -1;
    }

    /**
     * The loop's copy of {@code code}: pairs fused from left to right, none of them overlapping,
     * and none taking as its second instruction one that a jump or an exception handler goes to
     * (that one may start a pair of its own instead). Triples ({@link #fuse3}) come first; the
     * last two of a triple are fused as a pair too when they make one, for when the budget allows
     * only two.
     */
    static int[] fused(int[] code, int[] exceptionTable) {
        BitSet targets = new BitSet(code.length);
        for (int ins : code) {
            if (Opcode.isJump(Opcode.op(ins))) {
                targets.set(Opcode.arg(ins));
            }
        }
        for (int i = 0; i + 2 < exceptionTable.length; i += 4) {
            targets.set(exceptionTable[i + 2]);
        }
        int[] fused = code.clone();
        for (int i = 0; i + 1 < code.length; i++) {
            int triple = i + 2 < code.length ? fuse3(Opcode.op(code[i]), Opcode.op(code[i + 1]), Opcode.op(code[i + 2])) : -1;
            if (triple >= 0 && !targets.get(i + 1) && !targets.get(i + 2)) {
                fused[i] = (code[i] & ~0xFF) | triple;
                int pair = fuse(Opcode.op(code[i + 1]), Opcode.op(code[i + 2]));
                if (pair >= 0) {
                    fused[i + 1] = (code[i + 1] & ~0xFF) | pair;
                }
                i += 2;
                continue;
            }
            int op = fuse(Opcode.op(code[i]), Opcode.op(code[i + 1]));
            if (op >= 0 && !targets.get(i + 1)) {
                fused[i] = (code[i] & ~0xFF) | op;
                i++;
            }
        }
        return fused;
    }
}
