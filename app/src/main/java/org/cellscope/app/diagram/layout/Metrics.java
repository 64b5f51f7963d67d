package org.cellscope.app.diagram.layout;

/** The diagram's fixed spacing, in pixels; the view draws inside the boxes this yields. */
public final class Metrics {
    public static final double MARGIN = 24;
    /** Room above the columns for the "FRAMES" and "OBJECTS" captions. */
    public static final double CAPTION_HEIGHT = 30;
    public static final double COLUMN_GAP = 88;
    /** The least gap kept between the frames and the objects when the frames grow. */
    public static final double MIN_FRAME_GAP_TO_OBJECTS = 56;
    public static final double FRAME_GAP = 22;
    public static final double OBJECT_GAP = 26;
    /** How much wider than needed a column may stay to keep things still between steps. */
    public static final double SHRINK_SLACK = 60;
    /** How far below the objects in its way an arrow entering a cell from below passes. */
    public static final double ROUTE_CLEARANCE = 18;

    public static final double PAD = 12;
    public static final double FRAME_HEADER = 42;
    public static final double ROW = 32;
    public static final double SECTION = 22;
    public static final double VALUE_HEIGHT = 24;
    public static final double MIN_VALUE_WIDTH = 44;
    public static final double LABEL_GAP = 10;
    public static final double MIN_FRAME_WIDTH = 220;
    /** The height of the marker standing for frames left out of a deep stack. */
    public static final double HIDDEN_FRAMES = 34;
    /** Padding each side of the text of a frame's header badge. */
    public static final double BADGE_PAD = 10;

    public static final double TYPE_LINE = 18;
    public static final double FUNCTION_BODY = 50;
    public static final double MIN_FUNCTION_WIDTH = 150;
    public static final double PORT_WIDTH = 74;
    public static final double PORT_HEIGHT = 22;
    /** How far the closure port overlaps the function's right border. */
    public static final double PORT_OVERLAP = 8;
    public static final double DEFAULTS_ROW = 30;

    /** Room above a cell's pill for the address; the "cell #1" tag straddles the pill's top border. */
    public static final double CELL_TAG = 15;
    /** How far below its only closure's port a cell sits, leaving room for the arrow's label. */
    public static final double CELL_DROP = 70;
    public static final double CELL_PILL = 58;
    public static final double CELL_BOTTOM = 8;
    public static final double MIN_CELL_WIDTH = 160;
    public static final double REF_DOT_BOX = 22;

    public static final double CONTAINER_ROW = 30;

    /** What an unbound local (or an empty cell's slot) shows. */
    public static final String UNBOUND_TEXT = "unbound";

    private Metrics() {}
}
