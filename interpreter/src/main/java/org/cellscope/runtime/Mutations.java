package org.cellscope.runtime;

/**
 * The write barrier of a recording: every container, cell and namespace reports that it is
 * about to change, so the recorder can keep a history of how it looked at each step instead of
 * copying the whole heap at every step. Without a recording it costs one field read.
 */
public final class Mutations {
    /** Told before owner's contents change (owner: a PyObject, or a frame's namespace map). */
    public interface Listener {
        void changing(Object owner);
    }

    // One program records at a time; generator threads of that program share the recorder.
    private static Listener listener;

    private Mutations() {}

    public static void changing(Object owner) {
        Listener l = listener;
        if (l != null) l.changing(owner);
    }

    public static synchronized void install(Listener l) { listener = l; }

    public static synchronized void uninstall(Listener l) {
        if (listener == l) listener = null;
    }
}
