package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import org.cellscope.Cellscope;
import org.cellscope.trace.Navigator;

/**
 * The debugger's state, no Nodes: the current recording, which step is asked for and which is
 * shown, whether the code was edited since it was recorded. Recording runs on a background
 * thread; moving to a step sets the step index at once and has {@link StepBuilder} materialise
 * only that step (at most one request per pulse), so a million-step trace stays cheap and the
 * window stays responsive however big the step's heap is.
 */
public final class Session {
    private final Recorder recorder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cellscope-recorder");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<Recording> recording = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<StepState> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stepFailure = new ReadOnlyStringWrapper();
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(Cellscope.DEFAULT_MAX_STEPS);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("untitled.py");
    /** The text the program's input() reads, recorded with the trace so a replay is deterministic. */
    private final javafx.beans.property.StringProperty programInput = new javafx.beans.property.SimpleStringProperty("");

    private String editorText;
    private Task<Recording> pending;
    private boolean refreshQueued;
    private final StepBuilder steps = new StepBuilder(Platform::runLater, new StepBuilder.Results() {
        @Override public void built(StepBuilder.Request request, StepState state) { stepBuilt(request, state); }

        @Override public void failed(StepBuilder.Request request, Throwable error) { stepFailed(request, error); }
    });
    /** Step requests are numbered: the latest made, and the latest shown (or failed). */
    private long requested;
    private long shown;
    private final List<CompletableFuture<StepState>> waiters = new ArrayList<>();

    public Session(Recorder recorder) {
        this.recorder = recorder;
        stepIndex.addListener((obs, old, now) -> queueRefresh());
    }

    /** Records source under fileName; fromStart shows step 1, otherwise the same step (clamped). */
    public void record(String source, String name, boolean fromStart) {
        if (pending != null) pending.cancel(false);
        fileName.set(name);
        int cap = maxSteps.get();
        String stdin = programInput.get();
        Task<Recording> task = new Task<>() {
            @Override
            protected Recording call() {
                return Recording.of(recorder.record(source, name, stdin, cap), source);
            }
        };
        task.setOnSucceeded(e -> finished(task, task.getValue(), fromStart));
        task.setOnFailed(e -> failed(task, task.getException()));
        pending = task;
        busy.set(true);
        worker.execute(task);
    }

    /** The editor's text changed: the trace no longer matches it until it is recorded again. */
    public void sourceEdited(String text) {
        editorText = text;
        Recording r = recording.get();
        stale.set(r != null && !r.source().equals(text));
    }

    public javafx.beans.property.StringProperty programInputProperty() { return programInput; }

    public void first() { move((nav, i) -> 0); }

    public void back() { move((nav, i) -> nav.backInto(i)); }

    public void forward() { move((nav, i) -> nav.stepInto(i)); }

    public void last() { move((nav, i) -> nav.last()); }

    public void stepOver() { move((nav, i) -> nav.stepOver(i)); }

    public void stepInto() { move((nav, i) -> nav.stepInto(i)); }

    public void stepOut() { move((nav, i) -> nav.stepOut(i)); }

    public void backOver() { move((nav, i) -> nav.backOver(i)); }

    public void backOut() { move((nav, i) -> nav.backOut(i)); }

    /** Runs forward (or back) to the next step about to run line; stays put when there is none. */
    public void runToLine(int line, boolean backwards) {
        move((nav, i) -> backwards ? nav.backToLine(i, line) : nav.runToLine(i, line));
    }

    /** Shows step index (0-based), clamped to the trace. */
    public void goTo(int index) { move((nav, i) -> Math.max(0, Math.min(index, nav.last()))); }

    public ReadOnlyObjectProperty<Recording> recordingProperty() { return recording.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty stepIndexProperty() { return stepIndex.getReadOnlyProperty(); }

    /** The shown step, or null when there is none (no recording yet, or a SyntaxError). */
    public ReadOnlyObjectProperty<StepState> currentProperty() { return current.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Set when recording failed inside Cellscope itself (not the program): a one-line message. */
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }

    /** Set when building the step asked for failed inside Cellscope; cleared by the next step shown. */
    public ReadOnlyStringProperty stepFailureProperty() { return stepFailure.getReadOnlyProperty(); }

    /**
     * Completes on the FX thread once no recording is running and the step asked for last is
     * shown, with its state (null for a trace without steps); fails if building it failed. For
     * tests, and for anything that must act on the step drawn rather than the step asked for.
     */
    public CompletableFuture<StepState> stepShown() {
        CompletableFuture<StepState> shownStep = new CompletableFuture<>();
        Platform.runLater(() -> {
            waiters.add(shownStep);
            settle();
        });
        return shownStep;
    }

    public IntegerProperty maxStepsProperty() { return maxSteps; }

    public ReadOnlyStringProperty fileNameProperty() { return fileName.getReadOnlyProperty(); }

    private void finished(Task<Recording> task, Recording result, boolean fromStart) {
        if (task != pending) return; // a newer recording was asked for
        pending = null;
        busy.set(false);
        failure.set(null);
        recording.set(result);
        stale.set(editorText != null && !editorText.equals(result.source())); // edited while recording
        int index = fromStart ? 0 : Math.min(stepIndex.get(), result.navigator().last());
        if (index == stepIndex.get()) queueRefresh(); // same index, new trace
        stepIndex.set(index);
        settle();
    }

    private void failed(Task<Recording> task, Throwable error) {
        if (task != pending) return;
        pending = null;
        busy.set(false);
        failure.set("cellscope: internal error: " + message(error));
        settle();
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private void move(Move target) {
        Recording r = recording.get();
        if (r == null || r.size() == 0) return;
        stepIndex.set(target.to(r.navigator(), stepIndex.get()));
    }

    @FunctionalInterface
    private interface Move {
        int to(Navigator navigator, int step);
    }

    // Slider drags can ask for many steps per frame; ask the builder only for the last one.
    private void queueRefresh() {
        requested++; // from now on the step shown is out of date, whatever the builder is doing
        if (refreshQueued) return;
        refreshQueued = true;
        Platform.runLater(() -> {
            refreshQueued = false;
            Recording r = recording.get();
            if (r == null || r.size() == 0) show(requested, null);
            else steps.request(new StepBuilder.Request(requested, r, stepIndex.get()));
        });
    }

    private void stepBuilt(StepBuilder.Request request, StepState state) {
        // overtaken by a newer step shown, or of a trace recorded over since: never shown
        if (request.sequence() <= shown || request.recording() != recording.get()) return;
        show(request.sequence(), state);
    }

    private void show(long sequence, StepState state) {
        shown = sequence;
        stepFailure.set(null);
        current.set(state);
        settle();
    }

    private void stepFailed(StepBuilder.Request request, Throwable error) {
        if (request.sequence() <= shown) return;
        shown = request.sequence();
        stepFailure.set("cellscope: internal error at step " + (request.index() + 1) + ": " + message(error));
        settle();
    }

    /** Completes the stepShown() futures once the step asked for last has been dealt with. */
    private void settle() {
        if (busy.get() || shown != requested) return;
        String error = stepFailure.get();
        for (CompletableFuture<StepState> w : waiters) {
            if (error == null) w.complete(current.get()); else w.completeExceptionally(new IllegalStateException(error));
        }
        waiters.clear();
    }
}
