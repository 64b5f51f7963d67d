package org.cellscope.app.diagram;

import static org.cellscope.app.TestPrograms.COUNTER;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.Rect;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;

/** The diagram model on traces the interpreter records; step numbers are python3's (from 1). */
class RealTraceModelTest {

    private static Trace record(String source) {
        return Cellscope.record(source, "t.py", "", Cellscope.DEFAULT_MAX_STEPS);
    }

    /** Step n (1-based) with the step before it, as the window and the export show it. */
    private static DiagramModel model(Trace t, int n) {
        return DiagramModel.of(t.step(n - 1), n > 1 ? t.step(n - 2) : null);
    }


    @Test
    void afterMakeCounterReturnsItsFrameIsAGhostAndTheCellLivesOn() {
        Trace t = record(COUNTER);
        assertEquals(18, t.size(), "python3 reports 18 events");
        DiagramModel m = model(t, 9); // line <module> 10, right after return make_counter 7
        assertEquals(List.of("Global frame", "make_counter"), m.frames().stream().map(FrameBox::title).toList());
        assertTrue(m.frames().get(1).isGhost());
        CellNode cell = m.cells().get(0);
        assertEquals("count = 0", cell.text());
        FunctionNode counter = m.functions().stream().filter(FunctionNode::hasClosure).findFirst().orElseThrow();
        assertEquals("make_counter.<locals>.counter()", counter.label());
        assertTrue(m.edges().contains(new Edge(Edge.Kind.CLOSURE, counter.key(), 0, cell.id(), "__closure__[0]")));
    }

    @Test
    void eachCallOpensAFrameWhoseFreeVariableIsTheSameCell() {
        Trace t = record(COUNTER);
        long cell = model(t, 9).cells().get(0).id();
        DiagramModel inFirstCall = model(t, 12); // line counter 6, after count += 1
        FrameBox call = inFirstCall.frames().get(1);
        assertEquals("counter", call.title());
        assertEquals(cell, call.slot(0).targetId());
        assertEquals("count = 1", inFirstCall.cells().get(0).text());
        assertEquals("count = 2", model(t, 18).cells().get(0).text());
    }

    @Test
    void threeLambdasFromAComprehensionShareOneCell() {
        Trace t = record("funcs = [lambda: i for i in range(3)]\nprint([f() for f in funcs])\n");
        DiagramModel m = model(t, 9); // line <module> 2, right after return <listcomp> 1
        assertEquals(1, m.cells().size());
        assertEquals("i = 2", m.cells().get(0).text());
        assertEquals(3, m.closuresHolding(m.cells().get(0).id()).size());
        assertEquals("<listcomp>", m.ghostFrames().get(0).title());
    }

    @Test
    void theDefaultArgumentFixHasNoCells() {
        Trace t = record("fixed = [lambda i=i: i for i in range(3)]\nprint(fixed[0].__closure__)\n");
        DiagramModel m = model(t, 9);
        assertTrue(m.cells().isEmpty());
        assertEquals(List.of("0", "1", "2"), m.functions().stream().map(f -> f.defaults().get(0).inlineText()).toList());
    }

    @Test
    void layoutOfARealStepHasNoOverlaps() {
        Trace t = record(COUNTER);
        Layout before = null;
        for (int n = 1; n <= t.size(); n++) {
            Layout l = Layout.of(model(t, n), TextMeasure.ESTIMATE, before);
            List<Rect> boxes = l.nodes().values().stream().map(g -> g.bounds()).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) assertFalse(boxes.get(i).overlaps(boxes.get(j)), "step " + n);
            }
            before = l;
        }
    }

    @Test
    void steppingThroughTheCounterNeverMovesAnObjectOnceItsCellIsCaptured() {
        Trace t = record(COUNTER);
        Layout before = null;
        for (int n = 1; n <= t.size(); n++) {
            DiagramModel m = model(t, n);
            Layout l = Layout.of(m, TextMeasure.ESTIMATE, before);
            if (before != null) {
                for (ObjectNode o : m.objects()) {
                    Rect was = before.nodes().containsKey(o.key()) ? before.bounds(o.key()) : null;
                    // step 7 (line make_counter 7) is the first after def counter captured the cell
                    boolean justCaptured = n == 7 && o instanceof CellNode;
                    if (was != null && !justCaptured) assertEquals(was, l.bounds(o.key()), o.key() + " at step " + n);
                }
            }
            before = l;
        }
    }

    @Test
    void theVariableAStepRebindsIsMarkedInItsFrame() {
        org.cellscope.trace.Trace t = org.cellscope.Cellscope.record("total = 0\nfor k in range(3):\n    total = total + k\n",
            "rb.py", "", 1000);
        int second = 5; // line <module> 3 after k became 1
        DiagramModel m = DiagramModel.of(t.step(second), t.step(second - 1));
        java.util.List<String> marked = m.frames().get(0).rows().stream().filter(FrameBox.Row::rebound)
            .map(r -> r.slot().label()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("k"), marked);
        DiagramModel same = DiagramModel.of(t.step(second), null);
        org.junit.jupiter.api.Assertions.assertTrue(same.frames().get(0).rows().stream().noneMatch(FrameBox.Row::rebound),
            "without a previous step nothing is marked");
    }
}
