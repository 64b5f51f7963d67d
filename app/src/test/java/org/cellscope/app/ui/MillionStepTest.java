package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A million-step trace: moving around materialises only the shown step and the one before it. */
@ExtendWith(ApplicationExtension.class)
class MillionStepTest {
    private static final int SIZE = 1_000_000;
    private final AtomicInteger materialised = new AtomicInteger();
    private Session session;

    /** {@code while True: total += 1}, capped: line 2 and 3 alternate inside one module frame. */
    private final class LoopTrace implements Trace {
        private final FrameView module = new FrameView(1, "<module>", "<module>", 0, List.of());

        @Override public int size() { return SIZE; }

        @Override public TraceEvent event(int i) {
            return new TraceEvent(i == 0 ? EventKind.CALL : EventKind.LINE, "<module>", i == 0 ? 0 : 2 + i % 2, null);
        }

        @Override public StepView step(int i) {
            materialised.incrementAndGet();
            TraceEvent e = event(i);
            return new StepView(i, e.kind(), e.codeName(), e.line(), List.of(module), List.of(), "", null, null);
        }

        @Override public boolean truncated() { return true; }

        @Override public String source() { return "total = 0\nwhile True:\n    total += 1\n"; }

        @Override public String errorOutput() { return ""; }

        @Override public int exitCode() { return 0; }
    }

    @Start
    void start(Stage stage) {
        session = new Session((source, name, stdin, cap) -> new LoopTrace());
        MainWindow window = CellscopeApp.show(stage, session, List.of());
        window.open(new Program("loop.py", "loop.py", new LoopTrace().source(), null));
    }

    @BeforeEach
    void waitForRecording() {
        ShownStep.await(session);
    }

    @Test
    void draggingAcrossTheWholeTraceBuildsOnlyTheLastStepAskedFor(FxRobot robot) {
        materialised.set(0);
        robot.interact(() -> {
            for (int i = 0; i < SIZE; i += 9_973) session.goTo(i);
        });
        ShownStep.await(session);
        assertTrue(materialised.get() <= 2, materialised.get() + " steps built");
        assertEquals(100 * 9_973 + 1, Integer.parseInt(robot.lookup("#step-label").queryAs(Label.class)
                .getText().replaceAll("Step (\\d+) of .*", "$1")));
    }

    @Test
    void theEndKeyAndAStepBackAreImmediate(FxRobot robot) {
        robot.clickOn("#diagram").type(KeyCode.END).type(KeyCode.LEFT);
        ShownStep.await(session);
        assertEquals("Step 999999 of 1000000", robot.lookup("#step-label").queryAs(Label.class).getText());
        assertEquals("Paused · step 999999 of 1000000 · line 3 → 2",
                StatusBar.describe(session.currentProperty().get(), false, true));
    }
}
