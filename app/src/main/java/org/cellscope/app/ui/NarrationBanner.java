package org.cellscope.app.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The sentence at the bottom that says what the current step means. */
public final class NarrationBanner extends HBox {
    private final TextFlow sentence = new TextFlow();

    public NarrationBanner() {
        getStyleClass().add("narration-banner");
        Label icon = new Label("i");
        icon.getStyleClass().add("info-icon");
        sentence.getStyleClass().add("narration");
        getChildren().addAll(icon, sentence);
    }

    public void show(Narration narration) {
        sentence.getChildren().clear();
        if (narration == null) return;
        for (Narration.Span span : narration.spans()) {
            Text text = new Text(span.text());
            text.getStyleClass().add("narration-" + span.style().name().toLowerCase(Locale.ROOT));
            sentence.getChildren().add(text);
        }
    }

    /** The sentence shown, for tests. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sentence.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
