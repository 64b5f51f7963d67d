package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.List;

/** An exception object: args, the traceback entries it collected, and its cause and context. */
public final class PyBaseException extends PyInstance {
    /** One traceback entry: the code name and line of a frame the exception passed through. */
    public record TracebackEntry(String filename, String codeName, int line, Object position) {}

    private PyTuple args;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private String suggestion;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    public PyTuple args() { return args; }

    public void setArgs(PyTuple args) { this.args = args; }

    /** Innermost last, as printed. */
    public List<TracebackEntry> traceback() { return traceback; }

    public PyBaseException cause() { return cause; }

    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyBaseException context() { return context; }

    public void setContext(PyBaseException context) { this.context = context; }

    public boolean suppressContext() { return suppressContext; }

    /** The "Did you mean" name a traceback prints after the message, or null. */
    public String suggestion() { return suggestion; }

    public void setSuggestion(String suggestion) { this.suggestion = suggestion; }
}
