package org.cellscope.trace;

import java.util.List;

/**
 * An object on the heap at one step. id is CPython's {@code id()} of it, the address its repr
 * shows, stable for the object's whole life.
 */
public sealed interface HeapObject {
    long id();

    /** {@code type(obj).__name__}. */
    String typeName();

    /**
     * A function object. closure holds the ids of the cells in {@code __closure__}, aligned with
     * freevars; it is empty when {@code __closure__} is None.
     */
    record Function(long id, String name, String qualname, int firstLine, List<String> freevars,
                    List<Long> closure, List<Value> defaults) implements HeapObject {
        public String typeName() { return "function"; }
    }

    /**
     * A cell. varName is the cell variable it was created for in its frame; contents is
     * {@link Value#UNBOUND} when empty; creatorFrameId is the frame that made it.
     */
    record Cell(long id, String varName, Value contents, long creatorFrameId) implements HeapObject {
        public String typeName() { return "cell"; }
    }

    /** list, tuple, set, frozenset: items in iteration order. */
    record Sequence(long id, String typeName, List<Value> items) implements HeapObject {}

    record Dict(long id, String typeName, List<Entry> entries) implements HeapObject {}

    /** An instance of a class: its attribute dict. */
    record Instance(long id, String typeName, List<Entry> attributes) implements HeapObject {}

    /** A class object; attributes are its own namespace, methods included. */
    record ClassObject(long id, String name, List<Entry> attributes) implements HeapObject {
        public String typeName() { return "type"; }
    }

    /** Anything else (builtins, iterators, modules): shown by its repr. */
    record Other(long id, String typeName, String repr) implements HeapObject {}

    /** A key/value pair (for attributes the key is a str Prim). */
    record Entry(Value key, Value value) {}
}
