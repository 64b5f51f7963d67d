package org.cellscope.runtime;

/**
 * A cell: the box a captured variable lives in. The frame that owns the variable and every
 * closure that captured it hold the same PyCell, so the variable outlives the frame.
 */
public final class PyCell extends PyObject {
    private PyObject contents; // null: empty
    private final String varName;
    private final long creatorFrameId;

    public PyCell(PyObject contents, String varName, long creatorFrameId) {
        this.contents = contents;
        this.varName = varName;
        this.creatorFrameId = creatorFrameId;
    }

    @Override
    public PyType type() { return Types.CELL; }

    /** The contents, or null when the cell is empty. */
    public PyObject get() { return contents; }

    public void set(PyObject value) { contents = value; }

    /** The cell variable this cell was made for (for the diagram; CPython cells do not know it). */
    public String varName() { return varName; }

    public long creatorFrameId() { return creatorFrameId; }
}
