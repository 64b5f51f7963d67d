package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What {@code java -jar cellscope.jar} opens: the bundled counter example, recorded. */
@ExtendWith(ApplicationExtension.class)
class DefaultWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CellscopeApp.showProgram(stage, null);
    }

    @Test
    void opensOnTheNonlocalCounterExample(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session().currentProperty().get() != null);
        assertEquals("03_nonlocal_counter.py", window.code().titleProperty().get());
        assertTrue(window.code().getText().contains("nonlocal count"));
        assertEquals("03_nonlocal_counter.py", robot.lookup("#examples").queryAs(ComboBox.class).getValue());
        assertTrue(robot.lookup("#examples").queryAs(ComboBox.class).getItems().contains("06_loop_lambdas.py"));
    }

    @Test
    void theArrowKeysStepRightAway(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session().currentProperty().get() != null);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(2, ShownStep.await(window.session()).index());
    }

    @Test
    void choosingAnotherExampleOpensIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.openExample("06_loop_lambdas.py"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "06_loop_lambdas.py".equals(window.session().fileNameProperty().get())
                        && window.session().currentProperty().get() != null
                        && !window.session().busyProperty().get());
        assertTrue(window.code().getText().contains("lambda: i for i in range(3)"));
    }
}
