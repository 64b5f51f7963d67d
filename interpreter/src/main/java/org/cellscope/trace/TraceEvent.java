package org.cellscope.trace;

/** The bare event of a step, as {@code trace --events} prints it. excType is null unless EXCEPTION. */
public record TraceEvent(EventKind kind, String codeName, int line, String excType) {
    public String format() {
        String s = kind.word() + " " + codeName + " " + line;
        return excType == null ? s : s + " " + excType;
    }
}
