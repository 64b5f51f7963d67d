package org.cellscope.app.diagram;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.Navigator;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.Value;
import org.cellscope.trace.VarKind;
import org.cellscope.trace.Variable;
import org.junit.jupiter.api.Test;

/** A deep stack is drawn as a debugger shows it: outer and inner frames, a marker for the rest. */
class DeepStackModelTest {
    private static final String DOWN = """
            def down(n):
                if n == 0:
                    return 0
                return 1 + down(n - 1)
            print(down(%d))
            """;

    private static Trace record(String source) {
        return Cellscope.record(source, "deep.py", "", Cellscope.DEFAULT_MAX_STEPS);
    }

    /** The model of the first step at the deepest point of the trace, with the step before it. */
    private static DiagramModel deepest(Trace t) {
        Navigator nav = Navigator.of(t);
        int deepest = 0;
        for (int i = 0; i < nav.size(); i++) if (nav.depth(i) > nav.depth(deepest)) deepest = i;
        return DiagramModel.of(t.step(deepest), t.step(deepest - 1));
    }

    private static List<String> titles(DiagramModel m) {
        return m.frames().stream().map(FrameBox::title).toList();
    }

    private static List<String> column(DiagramModel m, String local) {
        List<String> out = new ArrayList<>();
        for (FrameBox f : m.frames()) {
            f.rows().stream().filter(r -> r.slot().label().equals(local)).findFirst().ifPresent(r -> out.add(r.slot().inlineText()));
        }
        return out;
    }

    @Test
    void aDeepRecursionShowsTheOuterAndInnerFramesAndOneMarker() {
        DiagramModel m = deepest(record(DOWN.formatted(500)));
        // module + down(500), down(499) ... down(5) .. down(0): 502 frames on the stack
        assertEquals(List.of("500", "499", "5", "4", "3", "2", "1", "0"), column(m, "n"));
        assertEquals("Global frame", titles(m).get(0));
        assertEquals(1, m.hiddenFrames().size());
        HiddenFrames hidden = m.hiddenFrames().get(0);
        assertEquals(502 - StackCollapse.OUTERMOST - StackCollapse.INNERMOST, hidden.count());
        assertEquals("⋯ 493 more frames of down() ⋯", hidden.text());
        assertEquals(StackCollapse.OUTERMOST, hidden.before(), "the marker sits right after the outermost frames");
    }

    @Test
    void aStackUpToTheThresholdIsDrawnWhole() {
        int calls = StackCollapse.MAX_FRAMES - 2; // module + down(calls) .. down(0)
        DiagramModel whole = deepest(record(DOWN.formatted(calls)));
        assertEquals(StackCollapse.MAX_FRAMES, whole.frames().size());
        assertTrue(whole.hiddenFrames().isEmpty());
        DiagramModel collapsed = deepest(record(DOWN.formatted(calls + 1)));
        assertEquals(1, collapsed.hiddenFrames().size());
        assertEquals(StackCollapse.MAX_FRAMES + 1 - StackCollapse.OUTERMOST - StackCollapse.INNERMOST,
                collapsed.hiddenFrames().get(0).count());
    }

    @Test
    void theMarkerNamesEachFunctionHiddenMostFrequentFirst() {
        List<String> names = new ArrayList<>(List.of("<module>", "main", "main"));
        for (int i = 0; i < 8; i++) names.add("helper");
        for (int i = 0; i < 470; i++) names.add("down");
        for (int i = 0; i < 6; i++) names.add("down");
        DiagramModel m = DiagramModel.of(stack(names), null);
        assertEquals("⋯ 478 more frames (down ×470, helper ×8) ⋯", m.hiddenFrames().get(0).text());
    }

    @Test
    void pastThreeFunctionsTheMarkerSumsUpTheOthers() {
        HiddenFrames h = new HiddenFrames(7, 3, List.of(new HiddenFrames.FunctionCount("a", 5),
                new HiddenFrames.FunctionCount("b", 4), new HiddenFrames.FunctionCount("c", 3),
                new HiddenFrames.FunctionCount("d", 2), new HiddenFrames.FunctionCount("e", 1)));
        assertEquals("⋯ 15 more frames (a ×5, b ×4, c ×3, others ×3) ⋯", h.text());
        assertEquals("a ×5\nb ×4\nc ×3\nd ×2\ne ×1", h.breakdown());
    }

    /** Halfway down, one call makes a cell and a closure over it that the deeper calls carry. */
    private static final String CLOSURE_HALFWAY = """
            def down(n, f):
                if n == 20:
                    x = n
                    def g():
                        return x
                    return down(n - 1, g)
                if n == 0:
                    return f()
                return down(n - 1, f)
            print(down(40, None))
            """;

    @Test
    void theFrameThatMadeADrawnCellStaysBetweenTwoMarkers() {
        DiagramModel m = deepest(record(CLOSURE_HALFWAY)); // in g(), called by down(0)
        assertEquals(List.of("40", "39", "20", "4", "3", "2", "1", "0"), column(m, "n"));
        assertEquals("g", titles(m).get(titles(m).size() - 1));
        assertEquals(List.of(18, 15), m.hiddenFrames().stream().map(HiddenFrames::count).toList());
        FrameBox maker = m.frames().get(3);
        FunctionNode g = m.functions().stream().filter(FunctionNode::hasClosure).findFirst().orElseThrow();
        CellNode x = (CellNode) m.object(g.closure().get(0)).orElseThrow();
        assertEquals("x = 20", x.text());
        assertEquals(maker.frameId(), x.creatorFrameId());
        assertTrue(maker.rows().stream().anyMatch(r -> r.kind() == VarKind.CELL && r.slot().isRef() && r.slot().targetId() == x.id()),
                "the kept frame's cell variable points at the closure's cell");
        assertTrue(m.edges().contains(new Edge(Edge.Kind.CLOSURE, g.key(), 0, x.id(), "__closure__[0]")));
    }

    @Test
    void objectsOnlyHiddenFramesReachAreLeftOutAndNoArrowDangles() {
        DiagramModel m = deepest(record("""
                def down(n):
                    box = [n]
                    if n == 0:
                        return 0
                    return down(n - 1)
                down(30)
                """));
        long boxesShown = m.frames().stream().flatMap(f -> f.rows().stream())
                .filter(r -> r.slot().label().equals("box") && r.slot().isRef()).count();
        assertEquals(boxesShown, m.objects().stream().filter(o -> o instanceof ObjectNode.ContainerNode).count(),
                "the lists of the frames shown, no others");
        assertTrue(boxesShown > 0);
        Set<Long> drawn = new HashSet<>();
        m.objects().forEach(o -> drawn.add(o.id()));
        assertTrue(m.edges().stream().allMatch(e -> drawn.contains(e.targetId())));
        Set<String> sources = new HashSet<>();
        m.frames().forEach(f -> sources.add(f.key()));
        m.objects().forEach(o -> sources.add(o.key()));
        assertTrue(m.edges().stream().allMatch(e -> sources.contains(e.fromKey())));
    }

    @Test
    void theMarkerKeepsItsKeyWhileTheStackGrows() {
        Trace t = record(DOWN.formatted(40));
        Navigator nav = Navigator.of(t);
        int call = 0;
        while (nav.depth(call) < 30) call++;
        String before = DiagramModel.of(t.step(call), t.step(call - 1)).hiddenFrames().get(0).key();
        assertEquals(before, DiagramModel.of(t.step(call + 3), t.step(call + 2)).hiddenFrames().get(0).key());
    }

    /** A stack of frames with these names, each with one local n, stopped in the innermost. */
    private static StepView stack(List<String> names) {
        List<FrameView> frames = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            frames.add(new FrameView(i + 1, names.get(i), names.get(i), 1,
                    List.of(new Variable("n", VarKind.LOCAL, new Value.Prim("int", String.valueOf(i))))));
        }
        return new StepView(0, EventKind.LINE, names.get(names.size() - 1), 1, frames, List.of(), "", null, null);
    }
}
