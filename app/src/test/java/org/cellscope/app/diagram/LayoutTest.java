package org.cellscope.app.diagram;

import static org.cellscope.app.diagram.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.NodeGeometry;
import org.cellscope.app.diagram.layout.Rect;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.trace.StepView;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static Layout layout(StepView step, StepView previous, Layout before) {
        return Layout.of(DiagramModel.of(step, previous), TextMeasure.ESTIMATE, before);
    }

    private static Rect obj(Layout l, long id) { return l.bounds(DiagramModel.objectKey(id)); }

    @Test
    void nothingOverlapsInAnyScenario() {
        for (Layout l : List.of(layout(counterReturn(), null, null), layout(counterAfterReturn(), counterReturn(), null),
                layout(counterInCall(), null, null), layout(lambdasDone(), lambdasReturn(), null),
                layout(fixedLambdasDone(), null, null))) {
            List<Map.Entry<String, NodeGeometry>> nodes = new ArrayList<>(l.nodes().entrySet());
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    assertFalse(nodes.get(i).getValue().bounds().overlaps(nodes.get(j).getValue().bounds()),
                            nodes.get(i).getKey() + " overlaps " + nodes.get(j).getKey());
                }
            }
            for (NodeGeometry g : l.nodes().values()) {
                assertTrue(g.bounds().maxX() <= l.width() && g.bounds().maxY() <= l.height(), g.key() + " outside");
            }
        }
    }

    @Test
    void framesAreLeftOfObjects() {
        Layout l = layout(counterAfterReturn(), counterReturn(), null);
        double framesRight = l.bounds(DiagramModel.frameKey(MAKE_COUNTER_FRAME)).maxX();
        assertEquals(framesRight, l.bounds(DiagramModel.frameKey(MODULE)).maxX(), "frames share one width");
        for (long id : List.of(MAKE_COUNTER, COUNTER, COUNT_CELL)) assertTrue(obj(l, id).x() > framesRight);
    }

    @Test
    void ghostFrameSitsBelowTheLiveStack() {
        Layout l = layout(counterAfterReturn(), counterReturn(), null);
        assertTrue(l.bounds(DiagramModel.frameKey(MAKE_COUNTER_FRAME)).y() > l.bounds(DiagramModel.frameKey(MODULE)).maxY());
    }

    @Test
    void cellSitsRightOfTheClosuresHoldingIt() {
        Layout counter = layout(counterAfterReturn(), null, null);
        assertTrue(obj(counter, COUNT_CELL).x() > obj(counter, COUNTER).maxX());
        Layout lambdas = layout(lambdasDone(), null, null);
        Rect cell = obj(lambdas, I_CELL);
        for (long id : List.of(LAMBDA0, LAMBDA1, LAMBDA2)) assertTrue(cell.x() > obj(lambdas, id).maxX());
        assertTrue(obj(lambdas, LAMBDA0).x() > obj(lambdas, FUNCS).maxX(), "list items right of the list");
        assertTrue(cell.y() > obj(lambdas, LAMBDA0).y() && cell.y() < obj(lambdas, LAMBDA2).maxY(), "cell level with the lambdas");
    }

    @Test
    void objectsKeepTheirPlaceBetweenConsecutiveSteps() {
        Layout before = layout(counterReturn(), null, null);
        Layout after = layout(counterAfterReturn(), counterReturn(), before);
        Layout inCall = layout(counterInCall(), counterAfterReturn(), after);
        for (long id : List.of(MAKE_COUNTER, COUNTER, COUNT_CELL)) {
            assertEquals(obj(before, id), obj(after, id));
            assertEquals(obj(after, id), obj(inCall, id));
        }
        String module = DiagramModel.frameKey(MODULE), popped = DiagramModel.frameKey(MAKE_COUNTER_FRAME);
        double grown = after.bounds(module).h() - before.bounds(module).h();
        assertEquals(32, grown, "c = ... added one row to the global frame");
        assertEquals(before.bounds(popped).y() + grown, after.bounds(popped).y(), "the popped frame fades where it was, below the grown global frame");
    }

    @Test
    void arrowsLeaveFromTheirSlotAndReachTheTarget() {
        Layout l = layout(counterAfterReturn(), null, null);
        var route = l.routes().stream().filter(r -> r.edge().kind() == Edge.Kind.CLOSURE).findFirst().orElseThrow();
        double[] from = l.point(route.from());
        double[] to = l.point(route.to());
        Rect fn = obj(l, COUNTER);
        Rect cell = obj(l, COUNT_CELL);
        assertTrue(from[0] > fn.x() + fn.w() - 40 && from[1] < fn.maxY(), "from the closure port");
        assertEquals(cell.x(), to[0]);
        assertTrue(to[1] > cell.y() && to[1] < cell.maxY());
    }

    @Test
    void aCellMovesRightOfTheClosureThatCapturesIt() {
        // make_counter running, before def counter: the cell hangs off the frame alone
        StepView before = new StepView(5, org.cellscope.trace.EventKind.LINE, "make_counter", 3, List.of(
                new org.cellscope.trace.FrameView(MODULE, "<module>", "<module>", 9, List.of(local("make_counter", ref(MAKE_COUNTER)))),
                new org.cellscope.trace.FrameView(MAKE_COUNTER_FRAME, "make_counter", "make_counter", 3, List.of(
                        local("counter", org.cellscope.trace.Value.UNBOUND),
                        new org.cellscope.trace.Variable("count", org.cellscope.trace.VarKind.CELL, ref(COUNT_CELL))))),
                List.of(makeCounterFunction(), countCell(0)), "", null, null);
        Layout first = layout(before, null, null);
        Layout captured = layout(counterReturn(), before, first);
        assertEquals(obj(first, MAKE_COUNTER), obj(captured, MAKE_COUNTER));
        assertTrue(obj(first, COUNT_CELL).x() < obj(captured, COUNTER).maxX(), "first beside the frame");
        assertTrue(obj(captured, COUNT_CELL).x() > obj(captured, COUNTER).maxX(), "then right of its closure");
    }
}
