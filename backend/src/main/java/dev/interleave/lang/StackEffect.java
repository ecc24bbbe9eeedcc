package dev.interleave.lang;

import static dev.interleave.vm.Opcode.*;

/** How each instruction changes the stack depth, on its fall-through path and when it jumps. */
final class StackEffect {
    private StackEffect() {}

    static boolean isTerminal(int op) {
        return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    static int jump(int op) {
        return switch (op) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, FOR_ITER, SEND -> -1;
            default -> 0;
        };
    }

    static int fallthrough(int op, int arg) {
        return switch (op) {
            case NOP, SWAP, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DELETE_DEREF, LOAD_ATTR, UNARY_NEGATIVE,
                 UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, LIST_TO_TUPLE, GET_ITER, JUMP, CHECK_EXC_MATCH,
                 YIELD_VALUE, GET_YIELD_FROM_ITER, GET_AWAITABLE, SETUP_ANNOTATIONS, GET_AITER, SEND,
                 CHECK_EG_MATCH -> 0;
            case POP_TOP, STORE_FAST, STORE_GLOBAL, STORE_NAME, STORE_DEREF, DELETE_ATTR, BINARY_OP, COMPARE_OP,
                 IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
                 DICT_MERGE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
                 RETURN_VALUE, RERAISE, POP_EXCEPT, IMPORT_NAME, IMPORT_STAR, PREP_RERAISE_STAR -> -1;
            case COPY, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_GLOBAL, LOAD_NAME, LOAD_DEREF, LOAD_CLOSURE,
                 LOAD_FROM_DICT_OR_DEREF, LOAD_METHOD, FOR_ITER, LOAD_BUILD_CLASS, PUSH_EXC_INFO, IMPORT_FROM,
                 LOAD_ASSERTION_ERROR, GET_ANEXT -> 1;
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, END_ASYNC_FOR -> -2;
            case STORE_SUBSCR -> -3;
            case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >>> 8);
            case CALL -> -(arg + 1);
            case CALL_KW -> -(arg + 2);
            case CALL_FUNCTION_EX -> -(2 + (arg & 1));
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0b1011);
            case RAISE_VARARGS -> -arg;
            case BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXIT_ARGS -> 2;
            default -> throw new IllegalArgumentException("no stack effect for " + dev.interleave.vm.Opcode.name(op));
        };
    }
}
