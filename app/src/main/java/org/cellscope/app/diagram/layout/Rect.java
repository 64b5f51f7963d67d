package org.cellscope.app.diagram.layout;

/** An axis-aligned rectangle in diagram pixels. */
public record Rect(double x, double y, double w, double h) {
    public double maxX() { return x + w; }

    public double maxY() { return y + h; }

    public double centerX() { return x + w / 2; }

    public double centerY() { return y + h / 2; }

    public Rect moveTo(double nx, double ny) { return new Rect(nx, ny, w, h); }

    /** True when the rectangles share interior area (touching edges do not count). */
    public boolean overlaps(Rect o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }
}
