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
            getChildren().add(label);
        }
        setMouseTransparent(true);
    }

    Edge edge() { return route.edge(); }

    /** Draws from (x1, y1) to (x2, y2), bending out along each anchor's direction. */
    void draw(double x1, double y1, double x2, double y2) {
        double reach = Math.max(36, Math.abs(x2 - x1) / 2);
        boolean loops = route.to().direction() == Anchor.Direction.EAST;
        if (loops) reach = Math.max(reach, 40 + Math.abs(y2 - y1) / 4);
        double c1x = x1 + reach;
        double c2x = loops ? x2 + reach : x2 - reach;
        // the arrow head needs room: end the curve at its base
        double dir = loops ? 1 : -1;
        double baseX = x2 + dir * HEAD;
        start.setX(x1);
        start.setY(y1);
        curve.setControlX1(c1x);
        curve.setControlY1(y1);
        curve.setControlX2(c2x);
        curve.setControlY2(y2);
        curve.setX(baseX);
        curve.setY(y2);
        head.getPoints().setAll(x2, y2, baseX, y2 - HEAD / 2, baseX, y2 + HEAD / 2);
        if (label != null) placeLabel(x1, y1, c1x, y1, c2x, y2, baseX, y2);
    }

    /** The label sits above and right of the curve's midpoint, where an S-curve leaves room. */
    private void placeLabel(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double mx = 0.125 * x0 + 0.375 * x1 + 0.375 * x2 + 0.125 * x3;
        double my = 0.125 * y0 + 0.375 * y1 + 0.375 * y2 + 0.125 * y3;
        label.setX(mx + 8);
        label.setY(my - 8);
    }
}
