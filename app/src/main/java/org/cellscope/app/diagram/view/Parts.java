package org.cellscope.app.diagram.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.cellscope.app.diagram.Slot;
import org.cellscope.app.diagram.layout.Metrics;
import org.cellscope.app.diagram.layout.Rect;

/** Small drawing pieces shared by the node builders; looks come from diagram.css classes. */
final class Parts {
    private Parts() {}

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Puts child at r inside its parent pane, sized exactly to r. */
    static <T extends Region> T place(Pane parent, T child, Rect r) {
        child.setLayoutX(r.x());
        child.setLayoutY(r.y());
        child.setMinSize(r.w(), r.h());
        child.setPrefSize(r.w(), r.h());
        child.setMaxSize(r.w(), r.h());
        parent.getChildren().add(child);
        return child;
    }

    static Node placeAt(Pane parent, Node child, double x, double y) {
        child.setLayoutX(x);
        child.setLayoutY(y);
        parent.getChildren().add(child);
        return child;
    }

    /** A value box: the primitive's repr, "unbound", or a dot where an arrow starts. */
    static StackPane valueBox(Slot slot) {
        StackPane box = new StackPane();
        box.getStyleClass().add("value-box");
        if (slot.isRef()) box.getChildren().add(dot());
        else if (slot.isUnbound()) box.getChildren().add(label(Metrics.UNBOUND_TEXT, "unbound"));
        else box.getChildren().add(label(slot.inlineText(), "code", "value"));
        StackPane.setAlignment(box.getChildren().get(0), Pos.CENTER);
        return box;
    }

    static Circle dot() {
        Circle c = new Circle(4.5);
        c.getStyleClass().add("ref-dot");
        return c;
    }
}
