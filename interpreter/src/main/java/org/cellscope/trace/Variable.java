package org.cellscope.trace;

/**
 * One entry of a frame's {@code f_locals}. For CELL and FREE variables, value is a
 * {@link Value.Ref} to the cell object, and the cell holds the contents.
 */
public record Variable(String name, VarKind kind, Value value) {}
