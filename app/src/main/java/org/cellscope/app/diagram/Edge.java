package org.cellscope.app.diagram;

/**
 * An arrow from a slot (or a closure port) to an object. fromIndex is the slot's row in its
 * owner, or the position in {@code __closure__} for closure edges.
 */
public record Edge(Kind kind, String fromKey, int fromIndex, long targetId, String label) {

    public enum Kind {
        /** A variable, item, attribute or default referencing an object. */
        REFERENCE,
        /** A function's closure port to a cell of its {@code __closure__}. */
        CLOSURE,
        /** A cell whose contents is a reference. */
        CELL_CONTENTS,
        /** A reference from a frame that has just returned, drawn faded. */
        GHOST
    }

    public String targetKey() { return DiagramModel.objectKey(targetId); }
}
