package dev.interleave.vm;

/**
 * The instruction set. An instruction is one int: {@code op | arg << 8}. Jump arguments are
 * absolute instruction indexes. Stack effects are written as [before] -> [after], top on the right.
 */
public final class Opcode {
    private Opcode() {}

    public static final int NOP = 0;
    /** [a] -> [] */
    public static final int POP_TOP = 1;
    /** [.. a] -> [.. a a'] where a' is the item arg places down (1 = top). */
    public static final int COPY = 2;
    /** swaps the top with the item arg places down (2 = second). */
    public static final int SWAP = 3;
    public static final int PUSH_NULL = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int DELETE_FAST = 8;
    public static final int LOAD_GLOBAL = 9;
    public static final int STORE_GLOBAL = 10;
    public static final int DELETE_GLOBAL = 11;
    public static final int LOAD_NAME = 12;
    public static final int STORE_NAME = 13;
    public static final int DELETE_NAME = 14;
    public static final int LOAD_DEREF = 15;
    public static final int STORE_DEREF = 16;
    public static final int DELETE_DEREF = 17;
    public static final int LOAD_CLOSURE = 18;
    /** class bodies: the namespace first, then the cell. */
    public static final int LOAD_FROM_DICT_OR_DEREF = 19;
    public static final int LOAD_ATTR = 20;
    public static final int STORE_ATTR = 21;
    public static final int DELETE_ATTR = 22;
    /** [obj] -> [method self] or [attr NULL]. */
    public static final int LOAD_METHOD = 23;
    /** arg: Arith operator index; inplace variants have arg | 0x80. */
    public static final int BINARY_OP = 24;
    public static final int UNARY_NEGATIVE = 25;
    public static final int UNARY_POSITIVE = 26;
    public static final int UNARY_INVERT = 27;
    public static final int UNARY_NOT = 28;
    /** arg: Compare operator index (LT, LE, EQ, NE, GT, GE). */
    public static final int COMPARE_OP = 29;
    /** arg 1 inverts: is not. */
    public static final int IS_OP = 30;
    /** arg 1 inverts: not in. */
    public static final int CONTAINS_OP = 31;
    public static final int BINARY_SUBSCR = 32;
    /** [value container key] -> [] */
    public static final int STORE_SUBSCR = 33;
    public static final int DELETE_SUBSCR = 34;
    public static final int BUILD_SLICE = 35;
    public static final int BUILD_TUPLE = 36;
    public static final int BUILD_LIST = 37;
    public static final int BUILD_SET = 38;
    /** arg pairs of [key value]. */
    public static final int BUILD_MAP = 39;
    /** [.. list .. (arg-1 items) value]: appends to the list arg places below the top, after popping value. */
    public static final int LIST_APPEND = 40;
    public static final int SET_ADD = 41;
    /** [.. dict .. key value] */
    public static final int MAP_ADD = 42;
    public static final int LIST_EXTEND = 43;
    public static final int SET_UPDATE = 44;
    public static final int DICT_UPDATE = 45;
    /** like DICT_UPDATE for **kwargs in a call: duplicate keys are errors. arg: depth of the callable. */
    public static final int DICT_MERGE = 46;
    public static final int LIST_TO_TUPLE = 47;
    public static final int BUILD_STRING = 48;
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    public static final int FORMAT_VALUE = 49;
    public static final int UNPACK_SEQUENCE = 50;
    /** arg: count before the star | count after << 8. */
    public static final int UNPACK_EX = 51;
    public static final int JUMP = 52;
    public static final int POP_JUMP_IF_FALSE = 53;
    public static final int POP_JUMP_IF_TRUE = 54;
    public static final int JUMP_IF_FALSE_OR_POP = 55;
    public static final int JUMP_IF_TRUE_OR_POP = 56;
    public static final int GET_ITER = 57;
    /** [iter] -> [iter next], or pops iter and jumps to arg when exhausted. */
    public static final int FOR_ITER = 58;
    /** [callable selfOrNull args..] -> [result]; arg = number of args. */
    public static final int CALL = 59;
    /** as CALL with a tuple of keyword names on top; arg counts keyword values too. */
    public static final int CALL_KW = 60;
    /** [callable selfOrNull argsTuple (kwargsDict)] -> [result]; arg 1 when kwargs present. */
    public static final int CALL_FUNCTION_EX = 61;
    public static final int RETURN_VALUE = 62;
    /** arg flags: 1 defaults, 2 kw defaults, 8 closure; [.. code] -> [function]. */
    public static final int MAKE_FUNCTION = 63;
    public static final int LOAD_BUILD_CLASS = 64;
    /** arg 0 re-raise, 1 raise exc, 2 raise exc from cause. */
    public static final int RAISE_VARARGS = 65;
    /** [exc] -> raises exc again without a new traceback line. */
    public static final int RERAISE = 66;
    /** [exc] -> [previous exc]; the exception becomes the one being handled. */
    public static final int PUSH_EXC_INFO = 67;
    /** [previous] -> []; restores the handled exception. */
    public static final int POP_EXCEPT = 68;
    /** [exc type] -> [exc bool] */
    public static final int CHECK_EXC_MATCH = 69;
    /** [mgr] -> [exit enter NULL]: looks up the context manager methods. */
    public static final int BEFORE_WITH = 70;
    /** [exc] -> [type exc traceback] for calling __exit__. */
    public static final int WITH_EXIT_ARGS = 71;
    public static final int YIELD_VALUE = 72;
    /** [subiter sent] -> [subiter yielded] and go on, or [result] and jump to arg. */
    public static final int SEND = 73;
    public static final int GET_YIELD_FROM_ITER = 74;
    public static final int GET_AWAITABLE = 75;
    /** [level fromlist] -> [module] */
    public static final int IMPORT_NAME = 76;
    /** [module] -> [module attr] */
    public static final int IMPORT_FROM = 77;
    public static final int IMPORT_STAR = 78;
    public static final int LOAD_ASSERTION_ERROR = 79;
    public static final int SETUP_ANNOTATIONS = 80;
    /** [mgr] -> [aexit aenter NULL]. */
    public static final int BEFORE_ASYNC_WITH = 81;
    public static final int GET_AITER = 82;
    public static final int GET_ANEXT = 83;
    /** [aiter exc] -> []: ends an async for on StopAsyncIteration, else re-raises. */
    public static final int END_ASYNC_FOR = 84;
    /** [rest type] -> [rest' match]: except*: splits what is left of an exception group by type. */
    public static final int CHECK_EG_MATCH = 85;
    /** [orig list] -> [exc or None]: except*: what the handlers leave to raise (raised and unhandled). */
    public static final int PREP_RERAISE_STAR = 86;

    private static final String[] NAMES = {
        "NOP", "POP_TOP", "COPY", "SWAP", "PUSH_NULL", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
        "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_DEREF",
        "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_FROM_DICT_OR_DEREF", "LOAD_ATTR", "STORE_ATTR",
        "DELETE_ATTR", "LOAD_METHOD", "BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT",
        "UNARY_NOT", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR",
        "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LIST_APPEND", "SET_ADD",
        "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "BUILD_STRING",
        "FORMAT_VALUE", "UNPACK_SEQUENCE", "UNPACK_EX", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
        "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "CALL", "CALL_KW",
        "CALL_FUNCTION_EX", "RETURN_VALUE", "MAKE_FUNCTION", "LOAD_BUILD_CLASS", "RAISE_VARARGS", "RERAISE",
        "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXIT_ARGS", "YIELD_VALUE",
        "SEND", "GET_YIELD_FROM_ITER", "GET_AWAITABLE", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
        "LOAD_ASSERTION_ERROR", "SETUP_ANNOTATIONS", "BEFORE_ASYNC_WITH", "GET_AITER", "GET_ANEXT",
        "END_ASYNC_FOR", "CHECK_EG_MATCH", "PREP_RERAISE_STAR",
    };

    public static String name(int op) {
        return op >= 0 && op < NAMES.length ? NAMES[op] : "<" + op + ">";
    }

    public static boolean isJump(int op) {
        return op == JUMP || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == JUMP_IF_FALSE_OR_POP
                || op == JUMP_IF_TRUE_OR_POP || op == FOR_ITER || op == SEND;
    }

    public static int op(int ins) {
        return ins & 0xFF;
    }

    public static int arg(int ins) {
        return ins >>> 8;
    }

    public static int make(int op, int arg) {
        return op | (arg << 8);
    }
}
