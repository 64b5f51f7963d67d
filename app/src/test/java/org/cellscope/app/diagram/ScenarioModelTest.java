package org.cellscope.app.diagram;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;

/** The chapter's scenarios (SCENARIOS.md) on the bundled examples, at the steps the narration names. */
class ScenarioModelTest {

    private static Trace trace(String example) throws IOException {
        String source = Files.readString(Path.of("..", "resources", example));
        return Cellscope.record(source, example, "", Cellscope.DEFAULT_MAX_STEPS);
    }

    /** The model of the first step after after (a 0-based index) that matches, shown after its predecessor. */
    private static DiagramModel firstAfter(Trace t, int after, Predicate<StepView> wanted) {
        for (int i = after + 1; i < t.size(); i++) {
            if (wanted.test(t.step(i))) return DiagramModel.of(t.step(i), t.step(i - 1));
        }
        throw new AssertionError("no such step");
    }

    private static int indexOf(Trace t, EventKind kind, String code) {
        for (int i = 0; i < t.size(); i++) {
            if (t.event(i).kind() == kind && t.event(i).codeName().equals(code)) return i;
        }
        throw new AssertionError("no " + kind + " in " + code);
    }

    private static Predicate<StepView> inModule() { return s -> s.codeName().equals("<module>"); }

    @Test
    void aClosureRemembers() throws IOException {
        Trace t = trace("01_closure_remembers.py");
        DiagramModel m = firstAfter(t, indexOf(t, EventKind.RETURN, "outer"), inModule());
        assertEquals("outer", m.ghostFrames().get(0).title());
        CellNode cell = m.cells().get(0);
        assertEquals("message = 'hello'", cell.text());
        FunctionNode inner = m.closuresHolding(cell.id()).get(0);
        assertEquals("outer.<locals>.inner()", inner.label());
        // calling greet() later opens inner, whose free variable is that very cell
        DiagramModel call = firstAfter(t, indexOf(t, EventKind.CALL, "inner"), s -> s.event() == EventKind.LINE);
        FrameBox frame = call.frames().get(call.frames().size() - 1);
        assertEquals("inner", frame.title());
        assertEquals(cell.id(), frame.slot(0).targetId());
    }

    @Test
    void twoMultipliersTwoCells() throws IOException {
        Trace t = trace("02_inspect_cells.py");
        DiagramModel m = DiagramModel.of(t.step(t.size() - 1), null);
        assertEquals(List.of("factor = 2", "factor = 3"), m.cells().stream().map(CellNode::text).toList());
        for (CellNode c : m.cells()) assertEquals(1, m.closuresHolding(c.id()).size());
        assertTrue(m.cells().get(0).address().startsWith("0x"));
    }

    @Test
    void factoriesNeverShareACell() throws IOException {
        Trace t = trace("05_factories.py");
        DiagramModel m = DiagramModel.of(t.step(t.size() - 1), null);
        assertEquals(List.of("prefix = 'Hello'", "prefix = 'Hey'"), m.cells().stream().map(CellNode::text).toList());
        assertNotEquals(m.closuresHolding(m.cells().get(0).id()), m.closuresHolding(m.cells().get(1).id()));
    }

    @Test
    void closureVersusClass() throws IOException {
        Trace t = trace("07_closure_vs_class.py");
        DiagramModel m = DiagramModel.of(t.step(t.size() - 1), null);
        assertEquals(List.of("total = 18"), m.cells().stream().map(CellNode::text).toList());
        ContainerNode instance = m.objects().stream().filter(ContainerNode.class::isInstance).map(ContainerNode.class::cast)
                .filter(c -> c.typeLabel().equals("Accumulator instance")).findFirst().orElseThrow();
        assertEquals("total", instance.slots().get(0).label());
        assertEquals("18", instance.slots().get(0).inlineText());
    }

    @Test
    void aDecoratorsCellHoldsTheOriginalFunction() throws IOException {
        Trace t = trace("08_decorator.py");
        DiagramModel m = firstAfter(t, indexOf(t, EventKind.CALL, "wrapper"), s -> s.event() == EventKind.LINE);
        CellNode func = m.cells().get(0);
        assertEquals("func =", func.text());
        Edge contents = m.edgesFrom(func.key()).get(0);
        assertEquals(Edge.Kind.CELL_CONTENTS, contents.kind());
        assertEquals("greet()", ((FunctionNode) m.object(contents.targetId()).orElseThrow()).label());
        assertEquals("wrapper", m.frames().get(m.frames().size() - 1).title());
    }

    @Test
    void noClosureNoCells() throws IOException {
        Trace t = trace("09_no_closure.py");
        DiagramModel m = DiagramModel.of(t.step(t.size() - 1), null);
        assertTrue(m.cells().isEmpty());
        assertTrue(m.functions().stream().noneMatch(FunctionNode::hasClosure));
    }

    @Test
    void theMemoCacheGrowsAndAStepBackShrinksIt() throws IOException {
        Trace t = trace("10_memoize.py");
        int grown = -1;
        for (int i = 1; i < t.size() && grown < 0; i++) {
            if (cacheSize(DiagramModel.of(t.step(i), null)) > cacheSize(DiagramModel.of(t.step(i - 1), null))) grown = i;
        }
        assertTrue(grown > 0, "the cache dict grows at some step");
        assertEquals(cacheSize(DiagramModel.of(t.step(grown), null)) - 1,
                cacheSize(DiagramModel.of(t.step(grown - 1), t.step(grown))), "a step back shows it one entry smaller");
    }

    /** Entries of the dict held by the cell named cache, or -1 before it exists. */
    private static int cacheSize(DiagramModel m) {
        for (CellNode c : m.cells()) {
            if (c.varName().equals("cache") && c.contents().isRef()) {
                return m.object(c.contents().targetId()).map(o -> o.slots().size()).orElse(-1);
            }
        }
        return -1;
    }
}
