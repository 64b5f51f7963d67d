package org.cellscope.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Builds the StepState to show on a worker thread, so that a step with a big heap never blocks
 * the window. Only the latest request counts: one made while another is building replaces
 * whatever was waiting, so holding an arrow key down builds a few steps, not every one.
 */
final class StepBuilder {
    /** sequence orders requests, so that the Session can drop a result overtaken by a newer one. */
    record Request(long sequence, Recording recording, int index) {}

    /** What became of a request; the Session receives it on the FX thread. */
    interface Results {
        void built(Request request, StepState state);

        void failed(Request request, Throwable error);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cellscope-steps");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Runnable> fxThread;
    private final Results results;
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** fxThread runs its argument on the FX thread (Platform::runLater); results hears of every build. */
    StepBuilder(Consumer<Runnable> fxThread, Results results) {
        this.fxThread = fxThread;
        this.results = results;
    }

    void request(Request request) {
        waiting.set(request);
        if (draining.compareAndSet(false, true)) worker.execute(this::drain);
    }

    private void drain() {
        do {
            for (Request r = waiting.getAndSet(null); r != null; r = waiting.getAndSet(null)) build(r);
            draining.set(false);
            // a request made just before the flag was cleared found it set and left its step to us
        } while (waiting.get() != null && draining.compareAndSet(false, true));
    }

    private void build(Request request) {
        try {
            StepState state = StepState.at(request.recording(), request.index());
            fxThread.accept(() -> results.built(request, state));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the worker must survive a bug in building one step, and the bug must be seen
            fxThread.accept(() -> results.failed(request, e));
        }
    }
}
