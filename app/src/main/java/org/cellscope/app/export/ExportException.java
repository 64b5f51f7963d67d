package org.cellscope.app.export;

/** A PNG could not be made or written; the message is one line fit for the user. */
public final class ExportException extends Exception {
    public ExportException(String message) { super(message); }

    public ExportException(String message, Throwable cause) { super(message, cause); }
}
