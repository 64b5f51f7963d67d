package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OutputConsoleTest {
    private OutputConsole console;

    @Start
    void start(Stage stage) {
        console = new OutputConsole();
        stage.setScene(new Scene(console, 400, 300));
        stage.show();
    }

    @Test
    void steppingForwardBackAndToTheEndShowsExactlyTheOutputOfEachStep(FxRobot robot) {
        robot.interact(() -> console.show("1\n", ""));
        robot.interact(() -> console.show("1\n2\n", ""));
        assertEquals("1\n2\n", console.text());
        robot.interact(() -> console.show("1\n", ""));
        assertEquals("1\n", console.text());
        robot.interact(() -> console.show("1\n2\n", "Traceback (most recent call last):\nKeyError: 'k'\n"));
        assertEquals("1\n2\nTraceback (most recent call last):\nKeyError: 'k'\n", console.text());
        robot.interact(() -> console.show("1\n2\n", ""));
        assertEquals("1\n2\n", console.text(), "stepping back from the end drops the traceback");
    }
}
