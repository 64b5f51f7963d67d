package org.cellscope.trace;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.cellscope.runtime.PyObject;

/**
 * A container's items or entries read from its snapshot when asked for, not when the step is
 * built: a step whose list holds 300,000 ints formats only the few items the diagram draws,
 * while the JSON writer, reading them all, gets the same values as a copied list would hold.
 * Snapshots never change once taken, so the list is immutable.
 */
final class SnapshotSlots<T> extends AbstractList<T> implements RandomAccess {
    /** Makes the slot whose objects start at raw[first]. */
    @FunctionalInterface
    interface Slot<T> {
        T at(Object[] raw, int first);
    }

    private final Object[] raw;
    private final int size;
    /** Objects per slot: 1 for items, 2 for key/value entries. */
    private final int width;
    private final Slot<T> slot;

    private SnapshotSlots(Object[] raw, int size, int width, Slot<T> slot) {
        this.raw = raw;
        this.size = size;
        this.width = width;
        this.slot = slot;
    }

    /** The first length items of a snapshot. */
    static List<Value> items(PyObject[] items, int length) {
        return new SnapshotSlots<>(items, length, 1, (raw, i) -> StateReader.valueOf((PyObject) raw[i]));
    }

    /** Keys and values alternating. */
    static List<HeapObject.Entry> entries(Object[] keysAndValues) {
        return new SnapshotSlots<>(keysAndValues, keysAndValues.length / 2, 2, (raw, i) ->
                new HeapObject.Entry(StateReader.valueOf((PyObject) raw[i]), StateReader.valueOf((PyObject) raw[i + 1])));
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return slot.at(raw, index * width);
    }

    @Override
    public int size() { return size; }

    /**
     * The same objects make the same slots, so two steps' snapshots compare without formatting
     * a slot (the diagram compares each object with the step before to mark what changed).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List<?> other) || other.size() != size) return false;
        if (!(o instanceof SnapshotSlots<?> s) || s.width != width) return super.equals(o);
        for (int i = 0; i < size; i++) {
            if (!sameObjects(s, i) && !get(i).equals(s.get(i))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() { return super.hashCode(); }

    private boolean sameObjects(SnapshotSlots<?> other, int index) {
        for (int k = index * width; k < (index + 1) * width; k++) if (raw[k] != other.raw[k]) return false;
        return true;
    }
}
