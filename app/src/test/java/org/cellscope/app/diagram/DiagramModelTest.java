package org.cellscope.app.diagram;

import static org.cellscope.app.diagram.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.junit.jupiter.api.Test;

class DiagramModelTest {

    @Test
    void poppedFrameIsAGhostAndItsCellStays() {
        DiagramModel m = DiagramModel.of(counterAfterReturn(), counterReturn());
        assertEquals(List.of("Global frame", "make_counter"), m.frames().stream().map(FrameBox::title).toList());
        FrameBox ghost = m.frames().get(1);
        assertEquals(FrameBox.Status.RETURNED, ghost.status());
        assertEquals(List.of("counter", "count", "Return value"), ghost.rows().stream().map(r -> r.slot().label()).toList());
        CellNode cell = m.cells().get(0);
        assertEquals("count = 0", cell.text());
        assertEquals(1, cell.number());
        assertEquals("0x7f3a1130", cell.address());
        assertTrue(m.edges().stream().anyMatch(e -> e.kind() == Edge.Kind.GHOST && e.targetId() == COUNT_CELL));
    }

    @Test
    void closurePortPointsAtTheCell() {
        DiagramModel m = DiagramModel.of(counterAfterReturn(), null);
        FunctionNode counter = (FunctionNode) m.object(COUNTER).orElseThrow();
        assertEquals("make_counter.<locals>.counter()", counter.label());
        List<Edge> closure = m.edgesFrom(counter.key());
        assertEquals(1, closure.size());
        assertEquals(new Edge(Edge.Kind.CLOSURE, counter.key(), 0, COUNT_CELL, "__closure__[0]"), closure.get(0));
        assertFalse(((FunctionNode) m.object(MAKE_COUNTER).orElseThrow()).hasClosure());
    }

    @Test
    void noGhostWithoutPreviousOrWhenSteppingBack() {
        assertTrue(DiagramModel.of(counterAfterReturn(), null).ghostFrames().isEmpty());
        DiagramModel back = DiagramModel.of(counterReturn(), counterAfterReturn());
        assertTrue(back.ghostFrames().isEmpty());
        assertEquals(FrameBox.Status.ACTIVE, back.frames().get(1).status());
    }

    @Test
    void returnStepShowsTheReturnValueInTheActiveFrame() {
        FrameBox make = DiagramModel.of(counterReturn(), null).frames().get(1);
        Slot returned = make.rows().get(make.rows().size() - 1).slot();
        assertEquals("Return value", returned.label());
        assertEquals(COUNTER, returned.targetId());
    }

    @Test
    void freeVariableOfARunningClosurePointsAtTheSameCell() {
        DiagramModel m = DiagramModel.of(counterInCall(), null);
        FrameBox call = m.frames().get(1);
        assertEquals("counter", call.title());
        assertEquals(COUNT_CELL, call.slot(0).targetId());
        assertEquals("count = 1", m.cells().get(0).text());
    }

    @Test
    void threeLambdasShareOneCell() {
        DiagramModel m = DiagramModel.of(lambdasDone(), lambdasReturn());
        assertEquals(1, m.cells().size());
        List<Edge> closures = m.edges().stream().filter(e -> e.kind() == Edge.Kind.CLOSURE).toList();
        assertEquals(3, closures.size());
        assertTrue(closures.stream().allMatch(e -> e.targetId() == I_CELL));
        assertEquals(3, m.closuresHolding(I_CELL).size());
        assertEquals("<listcomp>", m.ghostFrames().get(0).title());
    }

    @Test
    void defaultArgumentFixHasNoCells() {
        DiagramModel m = DiagramModel.of(fixedLambdasDone(), null);
        assertTrue(m.cells().isEmpty());
        assertTrue(m.edges().stream().noneMatch(e -> e.kind() == Edge.Kind.CLOSURE));
        assertEquals(List.of("0", "1", "2"), m.functions().stream().map(f -> f.defaults().get(0).inlineText()).toList());
    }

    @Test
    void containerSlotsReferenceTheirItems() {
        DiagramModel m = DiagramModel.of(lambdasDone(), null);
        List<Edge> items = m.edgesFrom(DiagramModel.objectKey(FUNCS));
        assertEquals(List.of(LAMBDA0, LAMBDA1, LAMBDA2), items.stream().map(Edge::targetId).toList());
    }
}
