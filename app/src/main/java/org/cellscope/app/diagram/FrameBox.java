package org.cellscope.app.diagram;

import java.util.List;
import org.cellscope.trace.VarKind;

/**
 * A frame as the diagram draws it. Rows keep CPython's {@code f_locals} order (locals, then cell
 * variables, then free variables), so the view can open a section where the kind changes.
 * raising names the exception type on an {@code exception} step's active frame, else null.
 */
public record FrameBox(long frameId, String title, Status status, List<Row> rows, String raising) {
    /** The label of the extra row a frame shows on its return step. */
    public static final String RETURN_VALUE = "Return value";

    public enum Status {
        /** The frame whose line runs now (top of the stack). */
        ACTIVE,
        /** A caller further down the stack. */
        WAITING,
        /** Popped since the previous step: drawn dashed and faded, labelled "returned". */
        RETURNED
    }

    /** A variable (or the pending return value) of the frame. */
    public record Row(Slot slot, VarKind kind) {}

    public boolean isGhost() { return status == Status.RETURNED; }

    /** The text of the header badge: "returned", the exception raised, or null for none. */
    public String badge() { return isGhost() ? "returned" : raising; }

    public String key() { return DiagramModel.frameKey(frameId); }

    public Slot slot(int row) { return rows.get(row).slot(); }
}
