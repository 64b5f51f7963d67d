package org.cellscope.app.diagram;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.view.ClosurePopover;
import org.cellscope.app.diagram.view.DiagramView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setAnimationDuration(Duration.ZERO);
        view.show(Fixtures.counterAfterReturn(), Fixtures.counterReturn());
        stage.setScene(new Scene(view, 1100, 520));
        stage.show();
    }

    @Test
    void clickingTheClosureOpensItsCellTable(FxRobot robot) {
        robot.clickOn(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNTER)));
        ClosurePopover popover = (ClosurePopover) Window.getWindows().stream()
                .filter(ClosurePopover.class::isInstance).filter(Window::isShowing).findFirst().orElseThrow();
        Node table = popover.getContentNode().lookup(".closure-table");
        assertEquals(List.of("FREE VARIABLE", "CELL", "CONTENTS", "count", "cell #1", "0", "int"), texts(table));
        String all = String.join("|", texts(popover.getContentNode()));
        assertTrue(all.contains("make_counter.<locals>.counter|function · 1 free variable · defined at line 3"), all);
        assertTrue(all.contains("Shared with|no other closures"), all);
        assertTrue(all.contains("Cell created by|make_counter (just returned)"), all);
        assertEquals("Highlight cell #1", ((javafx.scene.control.Button) popover.getContentNode().lookup(".reveal-button")).getText());
        robot.interact(() -> {
            try {
                ReviewShots.save(SwingFXUtils.fromFXImage(popover.getScene().getRoot().snapshot(null, null), null), "popover.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void thePopoversButtonHighlightsTheCell(FxRobot robot) {
        robot.clickOn(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNTER)));
        robot.clickOn(".reveal-button");
        assertEquals(Fixtures.COUNT_CELL, view.getHighlightedCell());
        assertTrue(highlighted(DiagramModel.objectKey(Fixtures.COUNTER)));
    }

    @Test
    void aHandlerReplacesThePopover(FxRobot robot) {
        AtomicReference<FunctionNode> clicked = new AtomicReference<>();
        robot.interact(() -> view.setOnFunctionClicked(clicked::set));
        robot.clickOn(view.nodeFor(DiagramModel.objectKey(Fixtures.MAKE_COUNTER)));
        assertEquals(Fixtures.MAKE_COUNTER, clicked.get().id());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w instanceof ClosurePopover && w.isShowing()));
    }

    @Test
    void clickingACellHighlightsTheClosuresHoldingIt(FxRobot robot) {
        robot.clickOn(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNT_CELL)));
        assertEquals(Fixtures.COUNT_CELL, view.getHighlightedCell());
        assertTrue(highlighted(DiagramModel.objectKey(Fixtures.COUNTER)));
        assertTrue(highlighted(DiagramModel.objectKey(Fixtures.COUNT_CELL)));
        assertFalse(highlighted(DiagramModel.objectKey(Fixtures.MAKE_COUNTER)));
    }

    @Test
    void steppingBackTurnsTheGhostIntoALiveFrameAgain(FxRobot robot) {
        String popped = DiagramModel.frameKey(Fixtures.MAKE_COUNTER_FRAME);
        assertEquals(0.4, view.nodeFor(popped).getOpacity(), 1e-9);
        assertTrue(view.nodeFor(popped).getStyleClass().contains("ghost"));
        robot.interact(() -> view.show(Fixtures.counterReturn(), Fixtures.counterAfterReturn()));
        assertEquals(1, view.nodeFor(popped).getOpacity(), 1e-9);
        assertFalse(view.nodeFor(popped).getStyleClass().contains("ghost"));
        robot.interact(() -> view.show(Fixtures.counterInCall(), Fixtures.counterAfterReturn()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.nodeFor(popped), "a ghost lasts one step");
        assertNotNull(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNT_CELL)), "the cell stays");
    }

    @Test
    void aPoppedFrameFadesOverTheAnimationDuration(FxRobot robot) throws Exception {
        String popped = DiagramModel.frameKey(Fixtures.MAKE_COUNTER_FRAME);
        robot.interact(() -> view.show(Fixtures.counterReturn(), null));
        robot.interact(() -> {
            view.setAnimationDuration(Duration.millis(400));
            view.show(Fixtures.counterAfterReturn(), Fixtures.counterReturn());
            assertEquals(1, view.nodeFor(popped).getOpacity(), 1e-9, "starts fully visible");
        });
        Thread.sleep(900);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.4, view.nodeFor(popped).getOpacity(), 1e-9, "ends as a ghost");
    }

    @Test
    void aNullStepClearsTheDiagram(FxRobot robot) {
        robot.interact(() -> view.show(null, null));
        assertNull(view.getModel());
        assertNull(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNT_CELL)));
        robot.interact(() -> view.show(Fixtures.counterInCall(), null));
        assertNotNull(view.nodeFor(DiagramModel.objectKey(Fixtures.COUNT_CELL)));
    }

    private boolean highlighted(String key) {
        return view.nodeFor(key).getPseudoClassStates().contains(HIGHLIGHTED);
    }

    private static List<String> texts(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l) {
            if (!l.getText().isEmpty()) out.add(l.getText());
            return;
        }
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
}
