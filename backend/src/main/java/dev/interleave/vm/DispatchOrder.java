package dev.interleave.vm;

/**
 * The case numbers of the loop's switch, commonest instructions first. HotSpot's C1 compiler,
 * which compiles the loop in a one-shot run (see engine/JitTuning), turns a switch into a chain
 * of comparisons in the order of the case numbers, so an instruction whose opcode is 60 paid 60
 * comparisons before it ran. The loop switches on case numbers instead, written into each code
 * object's {@link PyCode#loopCode} in place of the opcodes ({@link #cases}), so the hottest
 * instructions are found after one to a few comparisons and a dispatch needs no table lookup.
 * Opcodes the loop leaves to {@link RareOps} map to {@link #RARE}. The constants carry the
 * opcodes' names (fused ones included); the values are not opcodes.
 */
final class DispatchOrder {
    private DispatchOrder() {}

    static final int CALL = 0;
    static final int JUMP = 1;
    static final int LOAD_FAST_LOAD_FAST = 2;
    static final int BINARY_OP = 3;
    static final int LOAD_FAST_LOAD_ATTR = 4;
    static final int LOAD_CONST = 5;
    static final int LOAD_FAST = 6;
    static final int LOAD_FAST_LOAD_CONST_BINARY_OP = 7;
    static final int LOAD_CONST_BINARY_OP = 8;
    static final int RETURN_VALUE = 9;
    static final int LOAD_GLOBAL_PUSH_NULL = 10;
    static final int STORE_FAST_LOAD_FAST = 11;
    static final int BINARY_OP_STORE_FAST = 12;
    static final int LOAD_FAST_LOAD_FAST_STORE_ATTR = 13;
    static final int LOAD_FAST_LOAD_METHOD = 14;
    static final int LOAD_METHOD = 15;
    static final int STORE_FAST = 16;
    static final int LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE = 17;
    static final int COMPARE_OP_POP_JUMP_IF_FALSE = 18;
    static final int FOR_ITER_STORE_FAST = 19;
    static final int FOR_ITER = 20;
    static final int STORE_ATTR = 21;
    static final int LOAD_ATTR = 22;
    static final int POP_JUMP_IF_FALSE = 23;
    static final int LOAD_GLOBAL = 24;
    static final int COMPARE_OP = 25;
    static final int PUSH_NULL = 26;
    static final int POP_TOP = 27;
    static final int BINARY_SUBSCR = 28;
    static final int POP_JUMP_IF_TRUE = 29;
    static final int LIST_APPEND = 30;
    static final int STORE_SUBSCR = 31;
    static final int BUILD_TUPLE = 32;
    static final int UNPACK_SEQUENCE = 33;
    static final int CONTAINS_OP = 34;
    static final int IS_OP = 35;
    static final int COPY = 36;
    static final int SWAP = 37;
    static final int GET_ITER = 38;
    static final int BUILD_LIST = 39;
    static final int LOAD_DEREF = 40;
    static final int STORE_DEREF = 41;
    static final int UNARY_NOT = 42;
    static final int JUMP_IF_FALSE_OR_POP = 43;
    static final int JUMP_IF_TRUE_OR_POP = 44;
    static final int CALL_KW = 45;
    static final int CALL_FUNCTION_EX = 46;
    static final int YIELD_VALUE = 47;
    static final int SEND = 48;
    static final int STORE_GLOBAL = 49;
    static final int LOAD_NAME = 50;
    static final int STORE_NAME = 51;
    static final int NOP = 52;
    static final int RARE = 53;

    /** For each opcode, its case number in the loop. */
    static final byte[] CASE = new byte[256];

    static {
        java.util.Arrays.fill(CASE, (byte) RARE);
        map(Opcode.LOAD_FAST, LOAD_FAST);
        map(Opcode.LOAD_CONST, LOAD_CONST);
        map(Opcode.STORE_FAST, STORE_FAST);
        map(Opcode.BINARY_OP, BINARY_OP);
        map(Opcode.LOAD_ATTR, LOAD_ATTR);
        map(Opcode.CALL, CALL);
        map(Opcode.LOAD_GLOBAL, LOAD_GLOBAL);
        map(Opcode.RETURN_VALUE, RETURN_VALUE);
        map(Opcode.POP_JUMP_IF_FALSE, POP_JUMP_IF_FALSE);
        map(Opcode.FOR_ITER, FOR_ITER);
        map(Opcode.JUMP, JUMP);
        map(Opcode.COMPARE_OP, COMPARE_OP);
        map(Opcode.LOAD_METHOD, LOAD_METHOD);
        map(Opcode.PUSH_NULL, PUSH_NULL);
        map(Opcode.STORE_ATTR, STORE_ATTR);
        map(Opcode.POP_TOP, POP_TOP);
        map(Opcode.BINARY_SUBSCR, BINARY_SUBSCR);
        map(Opcode.POP_JUMP_IF_TRUE, POP_JUMP_IF_TRUE);
        map(Opcode.LIST_APPEND, LIST_APPEND);
        map(Opcode.STORE_SUBSCR, STORE_SUBSCR);
        map(Opcode.BUILD_TUPLE, BUILD_TUPLE);
        map(Opcode.UNPACK_SEQUENCE, UNPACK_SEQUENCE);
        map(Opcode.CONTAINS_OP, CONTAINS_OP);
        map(Opcode.IS_OP, IS_OP);
        map(Opcode.COPY, COPY);
        map(Opcode.SWAP, SWAP);
        map(Opcode.GET_ITER, GET_ITER);
        map(Opcode.BUILD_LIST, BUILD_LIST);
        map(Opcode.LOAD_DEREF, LOAD_DEREF);
        map(Opcode.STORE_DEREF, STORE_DEREF);
        map(Opcode.UNARY_NOT, UNARY_NOT);
        map(Opcode.JUMP_IF_FALSE_OR_POP, JUMP_IF_FALSE_OR_POP);
        map(Opcode.JUMP_IF_TRUE_OR_POP, JUMP_IF_TRUE_OR_POP);
        map(Opcode.CALL_KW, CALL_KW);
        map(Opcode.CALL_FUNCTION_EX, CALL_FUNCTION_EX);
        map(Opcode.YIELD_VALUE, YIELD_VALUE);
        map(Opcode.SEND, SEND);
        map(Opcode.STORE_GLOBAL, STORE_GLOBAL);
        map(Opcode.LOAD_NAME, LOAD_NAME);
        map(Opcode.STORE_NAME, STORE_NAME);
        map(Opcode.NOP, NOP);
        map(Superinstructions.LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_FAST);
        map(Superinstructions.STORE_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST);
        map(Superinstructions.LOAD_CONST_BINARY_OP, LOAD_CONST_BINARY_OP);
        map(Superinstructions.LOAD_FAST_LOAD_ATTR, LOAD_FAST_LOAD_ATTR);
        map(Superinstructions.LOAD_FAST_LOAD_METHOD, LOAD_FAST_LOAD_METHOD);
        map(Superinstructions.LOAD_GLOBAL_PUSH_NULL, LOAD_GLOBAL_PUSH_NULL);
        map(Superinstructions.COMPARE_OP_POP_JUMP_IF_FALSE, COMPARE_OP_POP_JUMP_IF_FALSE);
        map(Superinstructions.LOAD_FAST_LOAD_CONST_BINARY_OP, LOAD_FAST_LOAD_CONST_BINARY_OP);
        map(Superinstructions.FOR_ITER_STORE_FAST, FOR_ITER_STORE_FAST);
        map(Superinstructions.BINARY_OP_STORE_FAST, BINARY_OP_STORE_FAST);
        map(Superinstructions.LOAD_FAST_LOAD_FAST_STORE_ATTR, LOAD_FAST_LOAD_FAST_STORE_ATTR);
        map(Superinstructions.LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE, LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE);
    }

    /**
     * Instructions as the loop runs them: each opcode replaced by its case number, the argument
     * kept. (The loop reads the opcode of a rare instruction or a call from the code itself.)
     */
    static int[] cases(int[] code) {
        int[] out = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            out[i] = (code[i] & ~0xFF) | CASE[code[i] & 0xFF];
        }
        return out;
    }

    private static void map(int opcode, int caseNumber) {
        CASE[opcode] = (byte) caseNumber;
    }
}
