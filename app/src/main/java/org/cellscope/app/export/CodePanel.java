package org.cellscope.app.export;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cellscope.trace.LineMarkers;

/**
 * The program beside the exported diagram, with the window's arrows: green on the line that
 * just ran (orange if it raised), red on the line that runs next.
 */
final class CodePanel extends VBox {

    CodePanel(String source, String fileName, int stepNumber, LineMarkers markers) {
        getStyleClass().add("code-panel");
        if (!fileName.isEmpty()) getChildren().add(label(fileName, "code-file"));
        String[] lines = source.split("\r?\n", -1);
        int count = source.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 1; i <= count; i++) getChildren().add(row(i, lines[i - 1], markers));
        String where = markers.describe();
        getChildren().add(label("step " + stepNumber + (where.isEmpty() ? "" : " · " + where), "code-caption"));
        getChildren().add(legend(markers));
    }

    private static HBox row(int number, String text, LineMarkers markers) {
        String mark = number == markers.next() ? "next" : number == markers.executed() ? (markers.raised() ? "raised" : "executed") : null;
        Label arrow = label(mark == null ? "" : "➜", "code-marker");
        if (mark != null) arrow.getStyleClass().add(mark);
        arrow.setMinWidth(22);
        Label num = label(String.valueOf(number), "code-number");
        num.setMinWidth(28);
        num.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, arrow, num, label(text.replace("\t", "    "), "code-text"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("code-row");
        if (mark != null) row.getStyleClass().add(mark);
        return row;
    }

    private static HBox legend(LineMarkers markers) {
        HBox legend = new HBox(16);
        legend.getStyleClass().add("code-legend");
        if (markers.executed() > 0) legend.getChildren().add(key(markers.raised() ? "raised" : "executed",
                markers.raised() ? "line that raised" : "line that just executed"));
        if (markers.next() > 0) legend.getChildren().add(key("next", "next line to execute"));
        return legend;
    }

    private static HBox key(String mark, String text) {
        Label arrow = label("➜", "code-marker");
        arrow.getStyleClass().add(mark);
        HBox key = new HBox(6, arrow, label(text, "code-legend-text"));
        key.setAlignment(Pos.CENTER_LEFT);
        return key;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
