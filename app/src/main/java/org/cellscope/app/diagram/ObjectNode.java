package org.cellscope.app.diagram;

import java.util.List;

/** A heap object as the diagram draws it; each kind has its own shape in the view. */
public sealed interface ObjectNode {
    long id();

    default String key() { return DiagramModel.objectKey(id()); }

    /** CPython's repr address of the object, to match printed reprs with drawn nodes. */
    default String address() { return "0x" + Long.toHexString(id()); }

    /**
     * A function. closure holds the ids of the cells of {@code __closure__}, aligned with freevars;
     * defaults are {@code __defaults__}, drawn as slots.
     */
    record FunctionNode(long id, String qualname, int firstLine, List<String> freevars, List<Long> closure,
                        List<Slot> defaults) implements ObjectNode {
        public String label() { return qualname + "()"; }

        public boolean hasClosure() { return !closure.isEmpty(); }
    }

    /**
     * A cell; number counts the cells of the step from 1 ("cell #1"); creatorFrameId is the
     * frame whose cell variable it was made for.
     */
    record CellNode(long id, int number, String varName, Slot contents, long creatorFrameId) implements ObjectNode {
        public boolean isEmpty() { return contents.isUnbound(); }

        /** The text drawn in the pill, for example {@code count = 0}. */
        public String text() {
            if (isEmpty()) return varName + " (empty)";
            return contents.isRef() ? varName + " =" : varName + " = " + contents.inlineText();
        }
    }

    /**
     * A list, tuple, set, dict, instance or class: a title over a column of slots. attributes
     * is true for instances and classes, whose slots are attributes (dunder names left out).
     * hiddenSlots counts the slots a long one leaves out, in one row before slot {@link #gapAt()}.
     */
    record ContainerNode(long id, String typeLabel, List<Slot> slots, boolean attributes, int hiddenSlots) implements ObjectNode {
        /** What an empty one shows: an empty list is empty; a class may just have no plain attributes. */
        public String emptyText() { return attributes ? "no attributes" : "empty"; }

        /** The index of the slot shown right after the hidden ones, or -1 when none is hidden. */
        public int gapAt() { return hiddenSlots > 0 ? SlotCollapse.FIRST : -1; }

        /** The text of the row standing for the hidden slots. */
        public String hiddenText() { return "⋯ " + hiddenSlots + " more " + (attributes ? "attributes" : "items") + " ⋯"; }
    }

    /** Any other object, shown by its repr. */
    record PlainNode(long id, String typeLabel, String repr) implements ObjectNode {}

    /** The slots whose values may reference other objects. */
    default List<Slot> slots() {
        if (this instanceof FunctionNode f) return f.defaults();
        if (this instanceof CellNode c) return List.of(c.contents());
        if (this instanceof ContainerNode c) return c.slots();
        return List.of();
    }
}
