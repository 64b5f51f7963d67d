package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cellscope.trace.LineMarkers;
import org.cellscope.trace.VarKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the counter program, recorded by the real interpreter. */
@ExtendWith(ApplicationExtension.class)
class CounterWindowTest {
    private MainWindow window;
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session(Recorder.INTERPRETER);
        window = CellscopeApp.show(stage, session, List.of());
        window.open(new Program("counter.py", "counter.py", MainWindowTest.COUNTER, null));
    }

    @BeforeEach
    void waitForRecording() {
        ShownStep.await(session);
    }

    @Test
    void afterMakeCounterReturnsTheNarrationSaysItsCellLivesOn(FxRobot robot) {
        robot.clickOn("#step-over").clickOn("#step-over").clickOn("#step-over");   // c = make_counter() ran
        ShownStep.await(session);
        assertEquals(new LineMarkers(12, 13), window.code().markersProperty().get());
        assertEquals("make_counter returned. Its cell count lives on: counter closes over it.",
                window.narration().text());
        assertEquals(List.of("Global frame", "make_counter"), diagramFrames(), "the returned frame is a ghost");
        assertTrue(window.diagram().getModel().frames().get(1).isGhost());

        robot.clickOn("#back");
        ShownStep.await(session);
        var frames = session.currentProperty().get().step().frames();
        assertEquals(List.of("<module>", "make_counter"), frames.stream().map(f -> f.name()).toList());
        assertTrue(frames.get(1).variables().stream().anyMatch(v -> v.name().equals("count") && v.kind() == VarKind.CELL));
        assertFalse(window.diagram().getModel().frames().get(1).isGhost(), "stepping back brings the frame back");
    }

    private List<String> diagramFrames() {
        return window.diagram().getModel().frames().stream().map(f -> f.title()).toList();
    }

    @Test
    void theLastStepShowsTheOutput(FxRobot robot) {
        robot.clickOn("#last");
        ShownStep.await(session);
        assertEquals("1\n", window.console().text());
        assertEquals("The program finished.", window.narration().text());
    }

    @Test
    void aSmallerStepCapRecordsAgainAndStopsThere(FxRobot robot) throws TimeoutException {
        robot.doubleClickOn(".cap-field").write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.recordingProperty().get().size() == 5);
        robot.clickOn("#last");
        ShownStep.await(session);
        assertTrue(window.status().leftText().startsWith("Stopped at the step cap · step 5 of 5"),
                window.status().leftText());
    }

    @Test
    void aSyntaxErrorIsShownAtItsLineAndColumn(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.code().area().replaceText("x = 1\ny = = 2\n"));
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !session.staleProperty().get() && !session.busyProperty().get());
        ShownStep.await(session);
        assertTrue(window.console().text().endsWith("SyntaxError: invalid syntax\n"), window.console().text());
        assertEquals("SyntaxError: invalid syntax · line 2, column 5", window.status().leftText());
    }
}
