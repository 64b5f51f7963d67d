package org.cellscope.app.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Shows the diagram at full size when it fits, shrinks it (down to MIN_SCALE) so that a wide step
 * still fits the pane, and scrolls beyond that.
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

    private void fit() {
        Bounds size = diagram.getLayoutBounds();
        Bounds view = getViewportBounds();
        if (size.getWidth() <= 0 || size.getHeight() <= 0 || view.getWidth() <= 0) return;
        double s = Math.min(1, Math.min(view.getWidth() / size.getWidth(), view.getHeight() / size.getHeight()));
        s = Math.max(MIN_SCALE, s);
        diagram.setScaleX(s);
        diagram.setScaleY(s);
    }
}
