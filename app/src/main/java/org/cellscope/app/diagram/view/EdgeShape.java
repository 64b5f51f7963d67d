package org.cellscope.app.diagram.view;

import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
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
    private final Text label;

    /** showLabel is false where several closures converge on one cell and labels would pile up. */
    EdgeShape(EdgeRoute route, boolean showLabel) {
        this.route = route;
        Path path = new Path(start, curve);
        path.getStyleClass().add("edge-line");
        head.getStyleClass().add("edge-head");
        getChildren().addAll(path, head);
        getStyleClass().addAll("edge", route.edge().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (route.edge().label().isEmpty() || !showLabel) {
            label = null;
        } else {
            label = new Text(route.edge().label());
            label.getStyleClass().add("edge-label");
            // right-aligned at its x, whatever font the stylesheet gives it
            label.translateXProperty().bind(label.layoutBoundsProperty().map(b -> -b.getWidth()));
            getChildren().add(label);
        }
        setMouseTransparent(true);
    }

    Edge edge() { return route.edge(); }

    /** Draws from (x1, y1) to (x2, y2), bending out along each anchor's direction. */
    void draw(double x1, double y1, double x2, double y2) {
        double reach = Math.max(36, Math.abs(x2 - x1) / 2);
        double c1x = x1 + reach, c2x = x2, c2y = y2;
        switch (route.to().direction()) {
            case WEST -> c2x = x2 - reach;
            case EAST -> c2x = x2 + Math.max(reach, 40 + Math.abs(y2 - y1) / 4);
            case SOUTH -> c2y = y2 + Math.max(50, Math.abs(y1 - y2) / 2 + 30);
        }
        if (route.to().direction() == Anchor.Direction.EAST) c1x = x1 + Math.max(reach, 40 + Math.abs(y2 - y1) / 4);
        // the curve ends at the base of the arrow head, which points along the curve's last tangent
        double dx = x2 - c2x, dy = y2 - c2y, len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len, uy = len == 0 ? 0 : dy / len;
        double bx = x2 - ux * HEAD, by = y2 - uy * HEAD;
        start.setX(x1);
        start.setY(y1);
        curve.setControlX1(c1x);
        curve.setControlY1(y1);
        curve.setControlX2(c2x);
        curve.setControlY2(c2y);
        curve.setX(bx);
        curve.setY(by);
        double half = HEAD / 2;
        head.getPoints().setAll(x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
        if (label != null) placeLabel(x1, y1, c1x, y1, c2x, c2y, bx, by);
    }

    /** The label sits left of and below the curve's midpoint, where a descending S-curve leaves room. */
    private void placeLabel(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double mx = 0.125 * x0 + 0.375 * x1 + 0.375 * x2 + 0.125 * x3;
        double my = 0.125 * y0 + 0.375 * y1 + 0.375 * y2 + 0.125 * y3;
        label.setX(mx - 10);
        label.setY(my + 14);
    }
}
