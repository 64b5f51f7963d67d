package org.cellscope.trace;

/**
 * What a variable, a cell or a container slot holds at one step: an immutable primitive drawn
 * inline (int, float, bool, None, str), a reference to a heap object, or nothing (unbound / empty).
 */
public sealed interface Value {
    /** An immutable value shown inline; repr is CPython's {@code repr()} of it. */
    record Prim(String typeName, String repr) implements Value {}

    /** A reference to the heap object with this id (the object's {@code id()}). */
    record Ref(long id) implements Value {}

    /** An unbound local or an empty cell. */
    record Unbound() implements Value {}

    Value UNBOUND = new Unbound();
}
