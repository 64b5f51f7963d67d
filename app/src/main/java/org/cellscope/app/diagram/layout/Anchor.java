package org.cellscope.app.diagram.layout;

/**
 * One end of an arrow, relative to its node so that the arrow follows the node while it moves.
 * direction is the way the curve leaves (or enters) the node.
 */
public record Anchor(String key, double dx, double dy, Direction direction) {
    /** EAST and WEST: the curve leaves or enters sideways; SOUTH: it enters from below. */
    public enum Direction { EAST, WEST, SOUTH }
}
