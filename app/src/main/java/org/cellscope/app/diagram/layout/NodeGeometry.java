package org.cellscope.app.diagram.layout;

import java.util.List;
import java.util.Map;

/**
 * Where one node (frame or object) sits and where its parts sit inside it. valueBoxes are
 * relative to the node's origin, one per slot (frame row, item, default, cell contents);
 * port is the closure port of a function, badge the header badge of a frame (each may be
 * null); sections maps a row index to the y of the "CELL VARS" / "FREE VARS" caption above it.
 */
public record NodeGeometry(String key, Rect bounds, List<Rect> valueBoxes, Rect port, Rect badge,
                           Map<Integer, Double> sections) {

    public NodeGeometry at(double x, double y) {
        return new NodeGeometry(key, bounds.moveTo(x, y), valueBoxes, port, badge, sections);
    }
}
