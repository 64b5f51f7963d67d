package org.cellscope.runtime;

/**
 * The write barrier of a recording: every container, cell and namespace reports that it is
 * about to change, so the recorder can keep a history of how it looked at each step instead of
 * copying the whole heap at every step.
 */
public final class Mutations {
    /** Told before owner's contents change (owner: a PyObject, or a frame's namespace map). */
    public interface Listener {
        void changing(Object owner);
    }

    // Per program: the interpreter thread and the generator threads it starts inherit the
    // recorder of the thread that started the recording, so two recordings never mix.
    private static final InheritableThreadLocal<Listener> LISTENER = new InheritableThreadLocal<>();
    /** How many recordings are running: untraced runs skip the thread-local lookup. */
    private static volatile int recordings;

    private Mutations() {}

    public static void changing(Object owner) {
        if (recordings == 0) return;
        Listener l = LISTENER.get();
        if (l != null) l.changing(owner);
    }

    /** Starts reporting to l on this thread and the threads it starts from now on. */
    public static synchronized void install(Listener l) {
        LISTENER.set(l);
        recordings++;
    }

    /** The recording this thread reports to, or null: for a pooled thread to take over ({@link #adopt}). */
    public static Listener current() { return LISTENER.get(); }

    /** Reports this thread's changes to the given recording (null: to none), as a started thread would inherit it. */
    public static void adopt(Listener l) {
        if (l == null) LISTENER.remove();
        else LISTENER.set(l);
    }

    /** Runs work with its changes reported to l alone, not to the recording of this thread if there is one. */
    static void reportingTo(Listener l, Runnable work) {
        Listener recording = LISTENER.get();
        install(l);
        try {
            work.run();
        } finally {
            uninstall();
            if (recording != null) LISTENER.set(recording);
        }
    }

    public static synchronized void uninstall() {
        LISTENER.remove();
        recordings--;
    }
}
