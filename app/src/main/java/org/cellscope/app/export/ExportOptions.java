package org.cellscope.app.export;

/**
 * How to draw the PNG: scale multiplies the pixel size (2 for sharp slides); withCode adds the
 * source, current line marked, left of the diagram; fileName titles that code panel.
 */
public record ExportOptions(double scale, boolean withCode, String fileName) {
    public ExportOptions {
        if (!(scale > 0 && scale <= 8)) throw new IllegalArgumentException("scale must be in (0, 8]");
    }

    public static ExportOptions plain() { return new ExportOptions(1, false, ""); }
}
