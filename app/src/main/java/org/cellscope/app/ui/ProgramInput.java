package org.cellscope.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * What the program's {@code input()} calls read, one line per call. It is recorded with the
 * trace, so stepping back and forth replays the same answers; Run records again with new ones.
 */
public final class ProgramInput extends VBox {
    private final TextArea area = new TextArea();

    public ProgramInput(Session session) {
        getStyleClass().add("program-input");
        Label header = new Label("PROGRAM INPUT  (one line per input() call)");
        header.getStyleClass().addAll("pane-header", "section-title");
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.setMaxWidth(Double.MAX_VALUE);
        area.setId("program-input");
        area.setPromptText("Lines for input() to read; press Run to record with them.");
        area.getStyleClass().add("program-input-area");
        area.setPrefRowCount(2);
        area.setPrefHeight(56);
        getChildren().addAll(header, area);
        session.programInputProperty().bind(area.textProperty());
    }

    public TextArea area() { return area; }
}
