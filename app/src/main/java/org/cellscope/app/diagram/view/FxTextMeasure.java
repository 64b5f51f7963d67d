package org.cellscope.app.diagram.view;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.app.diagram.layout.TextStyle;

/** Measures with the fonts diagram.css sets, so boxes fit the glyphs actually drawn. */
final class FxTextMeasure implements TextMeasure {
    static final String MONO = "DejaVu Sans Mono";
    static final String SANS = "DejaVu Sans";

    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Text probe = new Text();

    FxTextMeasure() {
        for (TextStyle s : TextStyle.values()) {
            fonts.put(s, Font.font(s.mono ? MONO : SANS, s.bold ? FontWeight.BOLD : FontWeight.NORMAL, s.size));
        }
    }

    @Override
    public double width(String text, TextStyle style) {
        probe.setFont(fonts.get(style));
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
