package org.cellscope.app.export;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.StepView;

/** The program beside the exported diagram, the step's line marked as in the window. */
final class CodePanel extends VBox {

    CodePanel(String source, String fileName, StepView step) {
        getStyleClass().add("code-panel");
        if (!fileName.isEmpty()) getChildren().add(label(fileName, "code-file"));
        String[] lines = source.split("\r?\n", -1);
        int count = source.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 1; i <= count; i++) getChildren().add(row(i, lines[i - 1], i == step.line()));
        getChildren().add(label(caption(step), "code-caption"));
    }

    private static HBox row(int number, String text, boolean current) {
        Label marker = label(current ? "➜" : "", "code-marker");
        marker.setMinWidth(22);
        Label num = label(String.valueOf(number), "code-number");
        num.setMinWidth(28);
        num.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, marker, num, label(text.replace("\t", "    "), "code-text"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("code-row");
        if (current) row.getStyleClass().add("current");
        return row;
    }

    private static String caption(StepView step) {
        String what = step.event() == EventKind.LINE ? "line " + step.line() + " runs next"
                : step.event().word() + " in " + step.codeName() + ", line " + step.line();
        return "step " + (step.index() + 1) + " · " + what;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
