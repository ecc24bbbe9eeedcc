package dev.interleave.vm;

/**
 * The builtin types, shared by every run. They are built once at class initialisation and
 * never changed afterwards, so concurrent runs can share them.
 */
public final class Builtins {
    private Builtins() {}

    public static final PyType OBJECT = new PyType("object", null, true);
    public static final PyType TYPE = new PyType("type", OBJECT, true);
    public static final PyType INT = new PyType("int", OBJECT, true);
    public static final PyType BOOL = new PyType("bool", INT, true).finalType();
    public static final PyType FLOAT = new PyType("float", OBJECT, true);
    public static final PyType STR = new PyType("str", OBJECT, true);
    public static final PyType BYTES = new PyType("bytes", OBJECT, true);
    public static final PyType LIST = new PyType("list", OBJECT, true);
    public static final PyType TUPLE = new PyType("tuple", OBJECT, true);
    public static final PyType DICT = new PyType("dict", OBJECT, true);
    public static final PyType SET = new PyType("set", OBJECT, true);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT, true);
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT, true).finalType();
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT, true).finalType();
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT, true).finalType();
    public static final PyType RANGE = new PyType("range", OBJECT, true).finalType();
    public static final PyType SLICE = new PyType("slice", OBJECT, true).finalType();
    public static final PyType FUNCTION = new PyType("function", OBJECT, true).finalType();
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT, true).finalType();
    public static final PyType METHOD = new PyType("method", OBJECT, true).finalType();
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", OBJECT, true).finalType();
    public static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", OBJECT, true).finalType();
    public static final PyType GENERATOR = new PyType("generator", OBJECT, true).finalType();
    public static final PyType COROUTINE = new PyType("coroutine", OBJECT, true).finalType();
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", OBJECT, true).finalType();
    public static final PyType CORO_WRAPPER = new PyType("coroutine_wrapper", OBJECT, true).finalType();
    public static final PyType MODULE = new PyType("module", OBJECT, true);
    public static final PyType CELL = new PyType("cell", OBJECT, true).finalType();
    public static final PyType CODE = new PyType("code", OBJECT, true).finalType();
    public static final PyType PROPERTY = new PyType("property", OBJECT, true);
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT, true);
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT, true);
    public static final PyType SUPER = new PyType("super", OBJECT, true);
    public static final PyType ITERATOR = new PyType("iterator", OBJECT, true).finalType();
    public static final PyType TRACEBACK = new PyType("traceback", OBJECT, true).finalType();
    public static final PyType FRAME = new PyType("frame", OBJECT, true).finalType();

    // The exception hierarchy (single inheritance; see docs).
    public static final PyType BASE_EXCEPTION = new PyType("BaseException", OBJECT, true);
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = exc("ExceptionGroup", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = exc("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);

    private static PyType exc(String name, PyType base) {
        return new PyType(name, base, true);
    }

    static {
        TypeSetup.installAll();
    }

    /** Every builtin exception type, for the builtins namespace. */
    public static PyType[] exceptionTypes() {
        return new PyType[] {
            BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT, EXCEPTION,
            ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR,
            ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, EXCEPTION_GROUP, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
            LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
            BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
            CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
            INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR,
            PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR,
            RECURSION_ERROR, PYTHON_FINALIZATION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR,
            INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, WARNING,
            DEPRECATION_WARNING, RUNTIME_WARNING, USER_WARNING, SYNTAX_WARNING,
        };
    }
}
