package org.cellscope.app.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Shows the diagram at full size when it fits, shrinks it (down to MIN_SCALE) so that a wide step
 * still fits the pane, and scrolls beyond that. The diagram is stretched to fill the pane so that
 * its background covers it all.
 */
final class DiagramViewport extends ScrollPane {
    static final double MIN_SCALE = 0.6;
    private final Region diagram;

    DiagramViewport(Region diagram) {
        this.diagram = diagram;
        StackPane page = new StackPane(new Group(diagram));
        page.setAlignment(Pos.TOP_LEFT);
        page.getStyleClass().add("diagram-page");
        setContent(page);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("diagram-scroll");
        diagram.layoutBoundsProperty().addListener((obs, old, now) -> fit());
        viewportBoundsProperty().addListener((obs, old, now) -> fit());
    }

    /** The scale the diagram is drawn at now. */
    double scale() { return diagram.getScaleX(); }

    // Scale from the pref size (what the step needs), not the layout bounds that fit() stretches.
    private void fit() {
        double w = diagram.prefWidth(-1);
        double h = diagram.prefHeight(-1);
        Bounds view = getViewportBounds();
        if (w <= 0 || h <= 0 || view.getWidth() <= 0) return;
        double s = Math.max(MIN_SCALE, Math.min(1, Math.min(view.getWidth() / w, view.getHeight() / h)));
        diagram.setScaleX(s);
        diagram.setScaleY(s);
        diagram.setMinSize(Math.max(w, view.getWidth() / s), Math.max(h, view.getHeight() / s));
    }
}
