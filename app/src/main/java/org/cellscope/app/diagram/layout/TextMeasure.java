package org.cellscope.app.diagram.layout;

/** How wide a text is drawn; the view measures real glyphs, tests use {@link #ESTIMATE}. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text, TextStyle style);

    /**
     * DejaVu Sans Mono advances 0.602 em per character; DejaVu Sans averages under 0.62 em
     * (bold 0.68), so the estimate errs on the wide side.
     */
    TextMeasure ESTIMATE = (text, style) -> {
        double em = style.mono ? 0.602 : style.bold ? 0.68 : 0.62;
        return text.codePointCount(0, text.length()) * em * style.size;
    };
}
