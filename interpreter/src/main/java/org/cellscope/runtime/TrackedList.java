package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A list's items, reporting each change to {@link Mutations} first. */
public final class TrackedList extends ArrayList<PyObject> {
    private final transient Object owner;
    /** Counts every change other than an append at the end, so a snapshot can tell "only grew". */
    private int edits;

    public TrackedList(Object owner) { this.owner = owner; }

    public TrackedList(Object owner, Collection<PyObject> items) {
        super(items);
        this.owner = owner;
    }

    private void changing() {
        Mutations.changing(owner);
        edits++;
    }

    private void appending() { Mutations.changing(owner); }

    /** How many changes other than appends this list has had. */
    public int edits() { return edits; }

    @Override public boolean add(PyObject e) { appending(); return super.add(e); }
    @Override public void add(int i, PyObject e) { changing(); super.add(i, e); }
    @Override public PyObject set(int i, PyObject e) { changing(); return super.set(i, e); }
    @Override public PyObject remove(int i) { changing(); return super.remove(i); }
    @Override public boolean remove(Object o) { changing(); return super.remove(o); }
    @Override public void clear() { changing(); super.clear(); }
    @Override public boolean addAll(Collection<? extends PyObject> c) { appending(); return super.addAll(c); }
    @Override public boolean addAll(int i, Collection<? extends PyObject> c) { changing(); return super.addAll(i, c); }
    @Override public boolean removeAll(Collection<?> c) { changing(); return super.removeAll(c); }
    @Override public boolean retainAll(Collection<?> c) { changing(); return super.retainAll(c); }
    @Override public boolean removeIf(Predicate<? super PyObject> p) { changing(); return super.removeIf(p); }
    @Override public void replaceAll(UnaryOperator<PyObject> op) { changing(); super.replaceAll(op); }
    @Override public void sort(Comparator<? super PyObject> c) { changing(); super.sort(c); }
    @Override protected void removeRange(int from, int to) { changing(); super.removeRange(from, to); }

    @Override public boolean equals(Object o) { return super.equals(o); }
    @Override public int hashCode() { return super.hashCode(); }
}
