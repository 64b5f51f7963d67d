package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.cellscope.trace.LineMarkers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the counter program, with a recorder that replays CPython 3.11's events for it
 * (so these tests do not depend on the interpreter).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static final String COUNTER = """
            def make_counter():
                count = 0

                def counter():
                    nonlocal count
                    count += 1
                    return count

                return counter


            c = make_counter()
            print(c())
            """;
    // python3 with sys.settrace on COUNTER
    static final String[] EVENTS = {"call <module> 0", "line <module> 1", "line <module> 12",
            "call make_counter 1", "line make_counter 2", "line make_counter 4", "line make_counter 9",
            "return make_counter 9", "line <module> 13", "call counter 4", "line counter 6", "line counter 7",
            "return counter 7", "return <module> 13"};

    private MainWindow window;
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session((source, name, stdin, cap) -> FakeTrace.ofEvents(EVENTS).withSource(source));
        window = CellscopeApp.show(stage, session, List.of());
        window.open(new Program("counter.py", "counter.py", COUNTER, null));
    }

    @BeforeEach
    void waitForRecording() {
        ShownStep.await(session);
    }

    @Test
    void opensOnTheFirstStepOfTheProgram(FxRobot robot) {
        assertEquals("Step 1 of 14", robot.lookup("#step-label").queryAs(Label.class).getText());
        assertEquals(COUNTER, window.code().getText());
    }

    @Test
    void steppingForwardAndBackMovesTheArrowsAndTheLabel(FxRobot robot) {
        robot.clickOn("#step-over").clickOn("#step-over");                // module line 1 -> 12
        settle();
        assertEquals("Step 3 of 14", robot.lookup("#step-label").queryAs(Label.class).getText());
        assertEquals(new LineMarkers(1, 12), window.code().markersProperty().get());

        robot.clickOn("#step-over");                                      // c = make_counter() runs
        settle();
        assertEquals(new LineMarkers(12, 13), window.code().markersProperty().get());
        assertEquals("Paused · step 9 of 14 · line 12 → 13", window.status().leftText());

        robot.clickOn("#back");
        settle();
        assertEquals("Step 8 of 14", robot.lookup("#step-label").queryAs(Label.class).getText());
        assertEquals(new LineMarkers(9, 0), window.code().markersProperty().get());
    }

    @Test
    void steppingBackRestoresThePoppedFrame(FxRobot robot) {
        robot.interact(() -> session.goTo(8));                            // make_counter has returned
        settle();
        assertEquals(List.of("<module>"), frameNames());

        robot.clickOn("#diagram").type(KeyCode.LEFT);
        settle();
        assertEquals(List.of("<module>", "make_counter"), frameNames());
    }

    @Test
    void clickingALineNumberRunsToThatLine(FxRobot robot) {
        robot.clickOn(gutter(6));                                         // count += 1
        settle();
        assertEquals(10, session.stepIndexProperty().get());
        assertEquals(new LineMarkers(0, 6), window.code().markersProperty().get());
        robot.press(KeyCode.SHIFT).clickOn(gutter(12)).release(KeyCode.SHIFT);
        settle();
        assertEquals(2, session.stepIndexProperty().get());
    }

    private Node gutter(int line) {
        return window.code().lookupAll(".gutter").stream()
                .filter(g -> ((Label) ((HBox) g).getChildren().get(1)).getText().equals(Integer.toString(line)))
                .findFirst().orElseThrow();
    }

    @Test
    void arrowKeysAndHomeEndStepWhenTheEditorIsNotFocused(FxRobot robot) {
        robot.clickOn("#diagram").type(KeyCode.END);
        settle();
        assertEquals(13, session.stepIndexProperty().get());
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        settle();
        assertEquals(2, session.stepIndexProperty().get());
    }

    @Test
    void inTheEditorArrowsMoveTheCaretAndAltArrowsStep(FxRobot robot) {
        robot.clickOn(window.code().area()).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        settle();
        assertEquals(0, session.stepIndexProperty().get());
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        settle();
        assertEquals(1, session.stepIndexProperty().get());
    }

    @Test
    void editingMarksTheTraceStaleAndRunRecordsItAgain(FxRobot robot) throws TimeoutException {
        robot.clickOn(window.code().area());
        robot.interact(() -> window.code().area().moveTo(window.code().area().getLength()));
        robot.write("print(c())\n");
        settle();
        assertTrue(session.staleProperty().get());
        assertTrue(window.status().leftText().startsWith("Edited"), window.status().leftText());
        assertEquals("You edited the code, so this trace is out of date. Press Run (Ctrl+R) to record it again.",
                window.narration().text());
        assertEquals(COUNTER + "print(c())\n", window.code().getText());

        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !session.staleProperty().get());
        assertEquals(COUNTER + "print(c())\n", window.code().getText(), "running keeps the edit");
    }

    @Test
    void switchingProgramsKeepsTheEditsAndSavingWritesThem(FxRobot robot, @TempDir Path dir) throws IOException {
        Path other = Files.writeString(dir.resolve("other.py"), "print('other')\n");
        robot.interact(() -> window.code().area().appendText("# mine\n"));
        robot.interact(() -> window.openPath(other));
        assertEquals("print('other')\n", window.code().getText());

        robot.interact(() -> window.open(new Program("counter.py", "counter.py", COUNTER, null)));
        assertEquals(COUNTER + "# mine\n", window.code().getText(), "the edit survived the switch");

        robot.interact(() -> window.openPath(other));
        robot.interact(() -> window.code().area().appendText("print(2)\n"));
        robot.interact(window::save);
        assertEquals("print('other')\nprint(2)\n", Files.readString(other));
    }

    private List<String> frameNames() {
        return session.currentProperty().get().step().frames().stream().map(f -> f.name()).toList();
    }

    private void settle() {
        ShownStep.await(session);
    }
}
