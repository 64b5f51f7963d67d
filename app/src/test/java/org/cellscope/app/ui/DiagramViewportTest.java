package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiagramViewportTest {
    private final Region diagram = new Region();
    private DiagramViewport viewport;

    @Start
    void start(Stage stage) {
        diagram.setPrefSize(400, 300);
        viewport = new DiagramViewport(diagram);
        stage.setScene(new Scene(viewport, 800, 600));
        stage.show();
    }

    @Test
    void aDiagramThatFitsIsDrawnAtFullSizeAndFillsThePane(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, viewport.scale());
        assertEquals(viewport.getViewportBounds().getWidth(), diagram.getWidth(), 0.5);
    }

    @Test
    void aWideDiagramShrinksToFitButNoFurtherThanTheMinimum(FxRobot robot) {
        robot.interact(() -> diagram.setPrefSize(1000, 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(viewport.getViewportBounds().getWidth() / 1000, viewport.scale(), 0.01);

        robot.interact(() -> diagram.setPrefSize(4000, 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DiagramViewport.MIN_SCALE, viewport.scale());

        robot.interact(() -> diagram.setPrefSize(500, 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, viewport.scale(), "a smaller step is drawn at full size again");
    }
}
