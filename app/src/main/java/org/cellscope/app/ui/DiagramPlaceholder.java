package org.cellscope.app.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.cellscope.trace.StepView;

/** Holds the diagram's place until DiagramView lands; same show(step, previous) call. */
final class DiagramPlaceholder extends StackPane {
    private final Label label = new Label();

    DiagramPlaceholder() {
        getStyleClass().add("diagram-placeholder");
        getChildren().add(label);
    }

    void show(StepView step, StepView previous) {
        label.setText(step == null ? "" : step.frames().size() + " frames · " + step.heap().size() + " heap objects");
    }
}
