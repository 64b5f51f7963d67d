package org.cellscope.runtime;

/**
 * The root of every Python value. Each object gets its {@code id()} (an address, as CPython's
 * reprs show it) on first request, so that ids are stable for the object's whole life.
 */
public abstract class PyObject {
    // programs recorded one after another in a window may overlap for a moment: hand out atomically
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicLong(0x7f3a5c001000L);
    private long id;

    public abstract PyType type();

    public final long id() {
        if (id == 0) id = NEXT_ADDRESS.getAndAdd(0x40);
        return id;
    }

    /** The address as CPython's reprs print it: {@code 0x7f3a5c001000}. */
    public final String address() { return "0x" + Long.toHexString(id()); }
}
