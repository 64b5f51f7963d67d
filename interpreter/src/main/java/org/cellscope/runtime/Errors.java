package org.cellscope.runtime;

/** The builtin exception classes and helpers that raise them with CPython's wording. */
public final class Errors {
    private Errors() {}

    public static final PyType BASE_EXCEPTION = Types.builtin("BaseException", Types.OBJECT);
    public static final PyType SYSTEM_EXIT = Types.builtin("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = Types.builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = Types.builtin("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = Types.builtin("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = Types.builtin("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = Types.builtin("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = Types.builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = Types.builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = Types.builtin("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = Types.builtin("AttributeError", EXCEPTION);
    public static final PyType IMPORT_ERROR = Types.builtin("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = Types.builtin("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = Types.builtin("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = Types.builtin("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = Types.builtin("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = Types.builtin("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = Types.builtin("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = Types.builtin("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = Types.builtin("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = Types.builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = Types.builtin("SyntaxError", EXCEPTION);
    public static final PyType TYPE_ERROR = Types.builtin("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = Types.builtin("ValueError", EXCEPTION);
    public static final PyType EOF_ERROR = Types.builtin("EOFError", EXCEPTION);
    public static final PyType OS_ERROR = Types.builtin("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = Types.builtin("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = Types.builtin("FileExistsError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = Types.builtin("PermissionError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = Types.builtin("NotADirectoryError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = Types.builtin("IsADirectoryError", OS_ERROR);
    public static final PyType MEMORY_ERROR = Types.builtin("MemoryError", EXCEPTION);

    public static final PyType[] ALL = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT,
        EXCEPTION, STOP_ITERATION, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR,
        ATTRIBUTE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR,
        NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR, RECURSION_ERROR, NOT_IMPLEMENTED_ERROR, SYNTAX_ERROR,
        TYPE_ERROR, VALUE_ERROR, EOF_ERROR, OS_ERROR, FILE_NOT_FOUND_ERROR, FILE_EXISTS_ERROR, PERMISSION_ERROR,
        NOT_A_DIRECTORY_ERROR, IS_A_DIRECTORY_ERROR, MEMORY_ERROR};

    /**
     * The other builtin exceptions, which nothing in Cellscope raises but a program may raise,
     * catch or subclass; in CPython's hierarchy, each after its base. (Exception groups are not supported.)
     */
    public static final PyType[] OTHERS = others();

    private static PyType[] others() {
        PyType connection = Types.builtin("ConnectionError", OS_ERROR);
        PyType indentation = Types.builtin("IndentationError", SYNTAX_ERROR);
        PyType unicode = Types.builtin("UnicodeError", VALUE_ERROR);
        PyType warning = Types.builtin("Warning", EXCEPTION);
        return new PyType[] {
            Types.builtin("BufferError", EXCEPTION),
            Types.builtin("ReferenceError", EXCEPTION), Types.builtin("SystemError", EXCEPTION),
            Types.builtin("StopAsyncIteration", EXCEPTION), Types.builtin("FloatingPointError", ARITHMETIC_ERROR),
            Types.builtin("BlockingIOError", OS_ERROR), Types.builtin("ChildProcessError", OS_ERROR),
            Types.builtin("InterruptedError", OS_ERROR), Types.builtin("ProcessLookupError", OS_ERROR),
            Types.builtin("TimeoutError", OS_ERROR), connection, Types.builtin("BrokenPipeError", connection),
            Types.builtin("ConnectionAbortedError", connection), Types.builtin("ConnectionRefusedError", connection),
            Types.builtin("ConnectionResetError", connection), indentation, Types.builtin("TabError", indentation),
            unicode, Types.builtin("UnicodeDecodeError", unicode), Types.builtin("UnicodeEncodeError", unicode),
            Types.builtin("UnicodeTranslateError", unicode), warning, Types.builtin("UserWarning", warning),
            Types.builtin("DeprecationWarning", warning), Types.builtin("PendingDeprecationWarning", warning),
            Types.builtin("SyntaxWarning", warning), Types.builtin("RuntimeWarning", warning),
            Types.builtin("FutureWarning", warning), Types.builtin("ImportWarning", warning),
            Types.builtin("UnicodeWarning", warning), Types.builtin("BytesWarning", warning),
            Types.builtin("ResourceWarning", warning), Types.builtin("EncodingWarning", warning)};
    }

    /** OSError(errno, strerror) becomes the subclass for that errno, as CPython's constructor does. */
    public static PyType osErrorFor(long errno) {
        return switch ((int) errno) {
            case 2 -> FILE_NOT_FOUND_ERROR;
            case 13 -> PERMISSION_ERROR;
            case 17 -> FILE_EXISTS_ERROR;
            case 20 -> NOT_A_DIRECTORY_ERROR;
            case 21 -> IS_A_DIRECTORY_ERROR;
            default -> OS_ERROR;
        };
    }

    public static PyRaise raise(PyType type, String message) {
        PyTuple args = message == null ? PyTuple.EMPTY : PyTuple.of(new PyStr(message));
        return new PyRaise(new PyBaseException(type, args));
    }

    public static PyRaise typeError(String message) { return raise(TYPE_ERROR, message); }

    /** MemoryError for a string or list this long, past what a JVM array can hold (CPython would run out of memory). */
    public static void requireAllocatable(long length) {
        if (length > Integer.MAX_VALUE - 8) throw raise(MEMORY_ERROR, null);
    }

    public static PyRaise valueError(String message) { return raise(VALUE_ERROR, message); }

    public static PyRaise nameError(String name) {
        PyRaise r = raise(NAME_ERROR, "name '" + name + "' is not defined");
        r.exception().dict().put("name", new PyStr(name));
        return r;
    }
}
