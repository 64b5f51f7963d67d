package org.cellscope.app.diagram.layout;

/** The text styles of the diagram; the CSS uses the same families and sizes. */
public enum TextStyle {
    /** Variable names, values, function names: DejaVu Sans Mono 13px. */
    CODE(13, true, false),
    /** Frame titles: DejaVu Sans bold 14px. */
    TITLE(14, false, true),
    /** A cell's {@code name = value}: DejaVu Sans Mono 17px. */
    CELL(17, true, false),
    /** Small captions ("function", "cell #1"): DejaVu Sans 11px. */
    CAPTION(11, false, false),
    /** Addresses such as {@code 0x7f3a5c001040}: DejaVu Sans Mono 10.5px, so every address is as wide. */
    ADDRESS(10.5, true, false),
    /** The marker of frames left out of a deep stack: DejaVu Sans 12px. */
    NOTE(12, false, false);

    public final double size;
    public final boolean mono;
    public final boolean bold;

    TextStyle(double size, boolean mono, boolean bold) {
        this.size = size;
        this.mono = mono;
        this.bold = bold;
    }
}
