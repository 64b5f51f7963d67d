package org.cellscope.app.diagram.view;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/**
 * A node's tooltip, made on the first hover: a Tooltip is a popup window of its own, and making
 * one per node per step was most of the cost of exporting a PNG.
 */
final class HoverText {
    private static final String TEXT = "cellscope.hoverText";

    private HoverText() {}

    static void set(Pane pane, String text) {
        pane.getProperties().put(TEXT, text);
        pane.setOnMouseEntered(e -> {
            Tooltip tip = (Tooltip) pane.getProperties().computeIfAbsent(Tooltip.class, k -> {
                Tooltip t = new Tooltip();
                Tooltip.install(pane, t);
                return t;
            });
            tip.setText((String) pane.getProperties().get(TEXT));
        });
    }
}
