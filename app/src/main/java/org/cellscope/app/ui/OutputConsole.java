package org.cellscope.app.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the program printed up to the shown step, then the traceback (or SyntaxError report) at
 * the end. Stepping forward only appends, so long outputs are not rebuilt on every step; of a very
 * long output only the end is shown ({@link OutputTail}).
 */
public final class OutputConsole extends VBox {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label placeholder = new Label("(nothing printed yet)");
    private String shownOutput = "";
    private String shownError = "";
    private OutputTail shownTail = OutputTail.of("");

    public OutputConsole() {
        getStyleClass().add("output-console");
        Label header = new Label("PRINT OUTPUT");
        header.getStyleClass().addAll("pane-header", "section-title");
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.setMaxWidth(Double.MAX_VALUE);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("output-area");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setMouseTransparent(true);
        StackPane body = new StackPane(new VirtualizedScrollPane<>(area), placeholder);
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }

    /** output: printed so far; error: traceback or report to show after it ("" for none). */
    public void show(String output, String error) {
        if (output.equals(shownOutput) && error.equals(shownError)) return;
        OutputTail tail = OutputTail.of(output);
        if (shownError.isEmpty() && error.isEmpty() && tail.equals(shownTail) && output.startsWith(shownOutput)) {
            area.appendText(output.substring(shownOutput.length()));
        } else {
            String text = tail.text(output);
            area.replaceText(text + error);
            if (!tail.note().isEmpty()) area.setStyle(0, tail.note().length(), List.of("output-note"));
            if (!error.isEmpty()) area.setStyle(text.length(), text.length() + error.length(), List.of("traceback"));
        }
        shownOutput = output;
        shownError = error;
        shownTail = tail;
        placeholder.setVisible(output.isEmpty() && error.isEmpty());
        area.requestFollowCaret();
        area.moveTo(area.getLength());
    }

    /** The text shown, for tests. */
    public String text() { return area.getText(); }
}
