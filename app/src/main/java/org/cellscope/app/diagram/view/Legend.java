package org.cellscope.app.diagram.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.Group;

/** The key under the diagram: reference, closure → cell, cell object, popped frame. */
final class Legend extends HBox {
    Legend() {
        super(22);
        getStyleClass().add("legend");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(
                entry(arrow("reference"), "reference"),
                entry(arrow("closure"), "closure → cell (__closure__)"),
                entry(swatch("legend-cell"), "cell object"),
                entry(swatch("legend-ghost"), "popped frame"));
    }

    private static Node entry(Node sample, String text) {
        HBox box = new HBox(8, sample, Parts.label(text, "legend-text"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node arrow(String kind) {
        Line line = new Line(0, 0, 34, 0);
        line.getStyleClass().add("edge-line");
        Polygon head = new Polygon(42, 0, 33, -4.5, 33, 4.5);
        head.getStyleClass().add("edge-head");
        Group g = new Group(line, head);
        g.getStyleClass().addAll("edge", kind);
        return g;
    }

    private static Node swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setPrefSize(34, 18);
        r.setMinSize(34, 18);
        return r;
    }
}
