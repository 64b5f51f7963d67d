package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Steps are built off the FX thread: only the latest asked for, never shown out of order, failures reported. */
@ExtendWith(ApplicationExtension.class)
class StepBuildingTest {
    private static final int HELD = 7;
    private static final int BROKEN = 5;

    /** The counter's steps; building step HELD waits for the test's go-ahead, building BROKEN fails. */
    private static final class GatedTrace implements Trace {
        final Trace steps = FakeTrace.ofEvents(MainWindowTest.EVENTS).withSource(MainWindowTest.COUNTER);
        final CountDownLatch release = new CountDownLatch(1);
        final Set<Integer> built = ConcurrentHashMap.newKeySet();

        @Override public int size() { return steps.size(); }

        @Override public TraceEvent event(int index) { return steps.event(index); }

        @Override public StepView step(int index) {
            built.add(index);
            if (index == BROKEN) throw new IllegalStateException("no such frame");
            if (index == HELD) await(release);
            return steps.step(index);
        }

        @Override public boolean truncated() { return false; }

        @Override public String source() { return steps.source(); }

        @Override public String errorOutput() { return ""; }

        @Override public int exitCode() { return 0; }
    }

    private final List<GatedTrace> recorded = new CopyOnWriteArrayList<>();
    private final List<StepState> shown = new CopyOnWriteArrayList<>();
    private final AtomicInteger recordings = new AtomicInteger();
    private MainWindow window;
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session((source, name, stdin, cap) -> {
            GatedTrace t = new GatedTrace();
            recorded.add(t);
            recordings.incrementAndGet();
            return t;
        });
        window = CellscopeApp.show(stage, session, List.of());
        window.open(new Program("counter.py", "counter.py", MainWindowTest.COUNTER, null));
        session.currentProperty().addListener((obs, old, now) -> shown.add(now));
    }

    @BeforeEach
    void waitForRecording() {
        ShownStep.await(session);
    }

    @Test
    void stepsAskedForWhileOneIsBuildingAreSkippedButTheLast(FxRobot robot) {
        GatedTrace trace = recorded.get(0);
        robot.interact(() -> session.goTo(HELD));
        robot.interact(() -> session.goTo(10));
        robot.interact(() -> session.goTo(11));
        robot.interact(() -> session.goTo(13));
        assertEquals("Step 14 of 14", robot.lookup("#step-label").queryAs(javafx.scene.control.Label.class).getText(),
                "the label follows at once");
        trace.release.countDown();
        assertEquals(13, ShownStep.await(session).index());
        assertFalse(trace.built.contains(10) || trace.built.contains(11), "skipped: " + trace.built);
        assertEquals(List.of(0, HELD, 13), shown.stream().map(StepState::index).toList().subList(shown.size() - 3, shown.size()));
    }

    @Test
    void aStepOfATraceRecordedOverIsNeverShown(FxRobot robot) throws TimeoutException {
        GatedTrace old = recorded.get(0);
        robot.interact(() -> session.goTo(HELD));
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recordings.get() == 2 && !session.busyProperty().get());
        recorded.get(1).release.countDown();
        old.release.countDown();
        StepState now = ShownStep.await(session);
        assertEquals(HELD, now.index());
        assertTrue(shown.stream().noneMatch(s -> s.step() == old.steps.step(HELD)), "the old trace's step was dropped");
    }

    @Test
    void aStepThatFailsToBuildIsReportedInTheStatusBar(FxRobot robot) throws TimeoutException {
        robot.interact(() -> session.goTo(BROKEN));
        WaitForAsyncUtils.waitForFxEvents();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> session.stepShown().get(30, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("no such frame"));
        assertEquals("cellscope: internal error at step 6: no such frame", window.status().leftText());

        robot.interact(() -> session.goTo(2));
        assertEquals(2, ShownStep.await(session).index(), "the next step is built as usual");
        assertTrue(window.status().leftText().startsWith("Paused · step 3 of 14"), window.status().leftText());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
