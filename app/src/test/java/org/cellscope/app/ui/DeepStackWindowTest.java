package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cellscope.trace.Navigator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window 500 calls deep: a few frames each end of the stack, one marker for the rest. */
@ExtendWith(ApplicationExtension.class)
class DeepStackWindowTest {
    private static final String DEEP = """
            def down(n):
                if n == 0:
                    return 0
                return 1 + down(n - 1)
            print(down(500))
            """;
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session(Recorder.INTERPRETER);
        MainWindow window = CellscopeApp.show(stage, session, List.of());
        window.diagram().setAnimationDuration(javafx.util.Duration.ZERO);
        window.open(new Program("deep.py", "deep.py", DEEP, null));
    }

    @BeforeEach
    void waitForRecording() {
        ShownStep.await(session);
    }

    @Test
    void theDeepestStepShowsTheMarkerBetweenTheOuterAndInnerFrames(FxRobot robot) {
        Navigator nav = session.recordingProperty().get().navigator();
        int deepest = 0;
        for (int i = 0; i < nav.size(); i++) if (nav.depth(i) > nav.depth(deepest)) deepest = i;
        int step = deepest;
        robot.interact(() -> session.goTo(step));
        ShownStep.await(session);
        assertEquals("⋯ 493 more frames of down() ⋯", marker(robot));
        assertEquals(9, robot.lookup("#diagram .frame").queryAll().size(), "the module, 2 outer and 6 inner frames");

        robot.clickOn("#step-out"); // down(0) returns: one frame fewer, and it is drawn as a ghost
        ShownStep.await(session);
        assertEquals("⋯ 492 more frames of down() ⋯", marker(robot));
        assertTrue(robot.lookup("#diagram .frame.ghost").tryQuery().isPresent());
    }

    private static String marker(FxRobot robot) {
        return robot.lookup("#diagram .hidden-frames-text").queryAs(Label.class).getText();
    }
}
