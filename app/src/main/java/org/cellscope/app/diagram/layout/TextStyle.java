package org.cellscope.app.diagram.layout;

/** The text styles of the diagram; the CSS uses the same families and sizes. */
public enum TextStyle {
    /** Variable names, values, function names: DejaVu Sans Mono 13px. */
    CODE(13, true, false),
    /** Frame titles: DejaVu Sans bold 14px. */
    TITLE(14, false, true),
    /** A cell's {@code name = value}: DejaVu Sans Mono 17px. */
    CELL(17, true, false),
    /** Small captions ("function", "cell #1", addresses): DejaVu Sans 11px. */
    CAPTION(11, false, false);

    public final double size;
    public final boolean mono;
    public final boolean bold;

    TextStyle(double size, boolean mono, boolean bold) {
        this.size = size;
        this.mono = mono;
        this.bold = bold;
    }
}
