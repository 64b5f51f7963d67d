package org.cellscope.app.diagram.view;

import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.control.Label;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.layout.Anchor;
import org.cellscope.app.diagram.layout.EdgeRoute;

/** A curved arrow between two anchors, redrawn whenever its nodes move. */
final class EdgeShape extends Group {
    private static final double HEAD = 9;

    final EdgeRoute route;
    private final MoveTo start = new MoveTo();
    private final CubicCurveTo curve = new CubicCurveTo();
    private final Polygon head = new Polygon();
    private final Label label;

    /** Where the label goes: none, by the port the arrow leaves, or by the cell it reaches. */
    enum LabelPlace { NONE, START, END }

    private final LabelPlace labelPlace;

    EdgeShape(EdgeRoute route, LabelPlace labelPlace) {
        this.labelPlace = labelPlace;
        this.route = route;
        Path path = new Path(start, curve);
        path.getStyleClass().add("edge-line");
        head.getStyleClass().add("edge-head");
        getChildren().addAll(path, head);
        getStyleClass().addAll("edge", route.edge().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (route.edge().label().isEmpty() || labelPlace == LabelPlace.NONE) {
            label = null;
        } else {
            label = new Label(route.edge().label());
            label.getStyleClass().add("edge-label");
            // an END label is right-aligned, whatever width the stylesheet gives it
            label.widthProperty().addListener((obs, old, w) -> {
                if (this.labelPlace == LabelPlace.END) label.setTranslateX(-w.doubleValue());
            });
            getChildren().add(label);
        }
        setMouseTransparent(true);
    }

    Edge edge() { return route.edge(); }

    /** Draws from (x1, y1) to (x2, y2), bending out along each anchor's direction. */
    void draw(double x1, double y1, double x2, double y2) {
        double reach = Math.max(36, Math.abs(x2 - x1) / 2);
        double c1x = x1 + reach, c1y = y1, c2x = x2, c2y = y2;
        switch (route.to().direction()) {
            case WEST -> c2x = x2 - reach;
            case EAST -> c2x = x2 + Math.max(reach, 40 + Math.abs(y2 - y1) / 4);
            case SOUTH -> {
                c2y = y2 + Math.max(50, Math.abs(y1 - y2) / 2 + 30);
                double under = route.underY();
                // both control points at c put the curve's middle, 1/8 y1 + 3/4 c + 1/8 y2, at under
                double c = (under - 0.125 * (y1 + y2)) / 0.75;
                if (!Double.isNaN(under) && c > Math.max(c2y, y1)) {
                    c1y = c;
                    c2y = c;
                }
            }
        }
        if (route.to().direction() == Anchor.Direction.EAST) c1x = x1 + Math.max(reach, 40 + Math.abs(y2 - y1) / 4);
        // the curve ends at the base of the arrow head, which points along the curve's last tangent
        double dx = x2 - c2x, dy = y2 - c2y, len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len, uy = len == 0 ? 0 : dy / len;
        double bx = x2 - ux * HEAD, by = y2 - uy * HEAD;
        start.setX(x1);
        start.setY(y1);
        curve.setControlX1(c1x);
        curve.setControlY1(c1y);
        curve.setControlX2(c2x);
        curve.setControlY2(c2y);
        curve.setX(bx);
        curve.setY(by);
        double half = HEAD / 2;
        head.getPoints().setAll(x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
        if (label != null) placeLabel(x1, y1, bx, by);
    }

    /**
     * START: above the arrow's first stretch, clear of the port. END: just under its last
     * stretch, right-aligned before the head, which keeps a closure's several labels apart (a
     * closure's arrow comes down to its cell from above, so the space under it is free).
     */
    private void placeLabel(double x1, double y1, double x2, double y2) {
        if (labelPlace == LabelPlace.START) {
            label.setTranslateX(0);
            label.relocate(x1 + 18, y1 - 18);
        } else {
            label.setTranslateX(-label.getWidth());
            label.relocate(x2 - 4, y2 + 4);
        }
    }
}
