package org.cellscope.app.diagram.layout;

import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;

/**
 * Positions and sizes of everything in a diagram, pure data. columns and columnWidths are kept
 * so that the next step's layout can leave known objects where they were.
 */
public record Layout(Map<String, NodeGeometry> nodes, List<EdgeRoute> routes, Map<String, Integer> columns,
                     List<Double> columnWidths, double frameWidth, double objectsX, double width, double height) {

    /** Lays out model; previous (may be null) is the layout of the step shown before. */
    public static Layout of(DiagramModel model, TextMeasure measure, Layout previous) {
        return new LayoutEngine(model, measure, previous).run();
    }

    public NodeGeometry node(String key) { return nodes.get(key); }

    public Rect bounds(String key) { return nodes.get(key).bounds(); }

    /** Absolute x, y of an anchor. */
    public double[] point(Anchor a) {
        Rect b = bounds(a.key());
        return new double[] {b.x() + a.dx(), b.y() + a.dy()};
    }
}
