package org.cellscope.trace;

/** The exception an {@code exception} step reports: type name and {@code str()} of it. */
public record ExceptionView(String typeName, String message) {
    /** The last traceback line, as CPython prints it. */
    public String line() { return message.isEmpty() ? typeName : typeName + ": " + message; }
}
