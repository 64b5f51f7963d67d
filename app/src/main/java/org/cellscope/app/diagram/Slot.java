package org.cellscope.app.diagram;

import org.cellscope.trace.Value;

/**
 * One labelled place that holds a value: a frame variable, a list item, a dict entry, an
 * attribute, a default. Primitives are drawn inline; a reference is drawn as a dot with an arrow.
 */
public record Slot(String label, Value value) {

    /** Longest inline text before it is cut, so one long string cannot widen the whole diagram. */
    static final int MAX_INLINE = 36;

    public boolean isRef() { return value instanceof Value.Ref; }

    /** The id of the referenced object; only meaningful when {@link #isRef()}. */
    public long targetId() { return ((Value.Ref) value).id(); }

    public boolean isUnbound() { return value instanceof Value.Unbound; }

    /** What is written inside the slot: the repr of a primitive, "" for a reference or unbound. */
    public String inlineText() {
        return value instanceof Value.Prim p ? shorten(p.repr()) : "";
    }

    static String shorten(String text) {
        return text.length() <= MAX_INLINE ? text : text.substring(0, MAX_INLINE - 1) + "…";
    }
}
