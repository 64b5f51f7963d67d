package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** input() reads the lines typed in the program input box, recorded with the trace. */
@ExtendWith(ApplicationExtension.class)
class ProgramInputTest {
    private static final String ASK = "name = input('who? ')\nprint('hello', name)\n";
    private MainWindow window;
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session(Recorder.INTERPRETER);
        window = CellscopeApp.show(stage, session, List.of());
    }

    @Test
    void theTypedLineIsWhatInputReturns(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.input().area().setText("Ada\n"));
        robot.interact(() -> window.open(new Program("ask.py", "ask.py", ASK, null)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
            () -> session.recordingProperty().get() != null && session.recordingProperty().get().source().equals(ASK));
        robot.clickOn("#last");
        ShownStep.await(session);
        assertEquals("who? hello Ada\n", window.console().text());
    }
}
