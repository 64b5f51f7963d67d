package org.cellscope.runtime;

/**
 * How instances of the program's classes behave as dict keys and set members: through their
 * {@code __hash__} and {@code __eq__}. The interpreter installs the protocol that calls them;
 * without one (or without those methods) instances compare by identity, as object's do.
 */
public final class UserEquality {
    private UserEquality() {}

    /** Calls the Python methods; each returns null when the class does not define the method. */
    public interface Protocol {
        Long hash(PyInstance o);

        Boolean equal(PyInstance a, PyObject b);
    }

    private static Protocol protocol;

    public static void install(Protocol p) { protocol = p; }

    /** The Python-level hash: the class's __hash__, else one derived from the object's identity. */
    static long hash(PyInstance o) {
        Long h = protocol == null ? null : protocol.hash(o);
        return h != null ? h : PyHash.ofPointer(System.identityHashCode(o));
    }

    static boolean equal(PyInstance a, Object b) {
        if (a == b) return true;
        if (!(b instanceof PyObject other) || protocol == null) return false;
        Boolean r = protocol.equal(a, other);
        return r != null && r;
    }
}
