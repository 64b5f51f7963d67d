package org.cellscope.app.diagram.layout;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The order objects take in their columns: the order of what points at them. */
class ColumnOrderTest {
    private static final Path EXAMPLES = Path.of("..", "resources");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
        }
    }

    private static Trace record(String name) throws IOException {
        Path program = EXAMPLES.resolve(name);
        return Cellscope.record(Files.readString(program), name, "", 2000);
    }

    /** Step n (1-based) laid out afresh, as an export of that one step is. */
    private static Laid fresh(Trace t, int n) {
        DiagramModel m = DiagramModel.of(t.step(n - 1), n > 1 ? t.step(n - 2) : null);
        return new Laid(m, Layout.of(m, TextMeasure.ESTIMATE, null));
    }

    private record Laid(DiagramModel model, Layout layout) {
        Rect at(ObjectNode o) { return layout.bounds(o.key()); }
    }

    @Test
    void theLoopLambdasStandInTheListsSlotOrder() throws IOException {
        // step 13: the second comprehension calls funcs[0]; its f points at the first lambda too
        Laid l = fresh(record("06_loop_lambdas.py"), 13);
        ContainerNode funcs = l.model().objects().stream().filter(ContainerNode.class::isInstance).map(ContainerNode.class::cast)
                .filter(c -> c.typeLabel().equals("list")).findFirst().orElseThrow();
        List<ObjectNode> lambdas = funcs.slots().stream().map(s -> l.model().object(s.targetId()).orElseThrow()).toList();
        for (int i = 0; i + 1 < lambdas.size(); i++) {
            assertTrue(l.at(lambdas.get(i)).y() < l.at(lambdas.get(i + 1)).y(), "funcs[" + i + "] above funcs[" + (i + 1) + "]");
            assertEquals(l.at(lambdas.get(i)).x(), l.at(lambdas.get(i + 1)).x(), "one column");
        }
        assertTrue(l.at(lambdas.get(0)).x() > l.at(funcs).maxX(), "right of the list, though a variable points at the first");
        Rect cell = l.at(l.model().cells().get(0));
        assertTrue(cell.x() > l.at(lambdas.get(0)).maxX());
        assertTrue(cell.y() < l.at(lambdas.get(2)).maxY() && cell.maxY() > l.at(lambdas.get(0)).y(), "the shared cell level with them");
    }

    @Test
    void aClassesMethodStandsRightOfTheClassOnceItIsMade() throws IOException {
        // the class body's frame pointed at add first; the class then holds it
        Trace t = record("07_closure_vs_class.py");
        Layout before = null;
        Laid l = null;
        for (int n = 1; n <= 25; n++) {
            DiagramModel m = DiagramModel.of(t.step(n - 1), n > 1 ? t.step(n - 2) : null);
            before = Layout.of(m, TextMeasure.ESTIMATE, before);
            l = new Laid(m, before);
        }
        Laid at25 = l;
        ContainerNode klass = at25.model().objects().stream().filter(ContainerNode.class::isInstance).map(ContainerNode.class::cast)
                .filter(c -> c.typeLabel().startsWith("class")).findFirst().orElseThrow();
        FunctionNode add = (FunctionNode) at25.model().object(klass.slots().get(0).targetId()).orElseThrow();
        assertTrue(at25.at(add).x() > at25.at(klass).maxX());
    }

    /** Arrows leaving one frame or container for one column reach it in slot order: they cannot cross. */
    @ParameterizedTest
    @MethodSource("examples")
    void arrowsFromOneSourceNeverCross(Path program) throws IOException {
        Trace t = record(program.getFileName().toString());
        Layout stepped = null;
        for (int n = 1; n <= t.size(); n++) {
            DiagramModel m = DiagramModel.of(t.step(n - 1), n > 1 ? t.step(n - 2) : null);
            assertSourcesInOrder(new Laid(m, Layout.of(m, TextMeasure.ESTIMATE, null)), "fresh step " + n);
            stepped = Layout.of(m, TextMeasure.ESTIMATE, stepped);
            assertSourcesInOrder(new Laid(m, stepped), "stepped to " + n);
        }
    }

    private static void assertSourcesInOrder(Laid l, String where) {
        List<Edge> slotEdges = new ArrayList<>(l.model().edges().stream().filter(e -> e.kind() != Edge.Kind.CLOSURE).toList());
        slotEdges.sort(Comparator.comparingInt(Edge::fromIndex));
        for (Edge a : slotEdges) {
            for (Edge b : slotEdges) {
                if (!a.fromKey().equals(b.fromKey()) || a.fromIndex() >= b.fromIndex() || a.targetId() == b.targetId()) continue;
                Rect ta = l.layout().bounds(a.targetKey()), tb = l.layout().bounds(b.targetKey());
                if (ta.x() != tb.x() || ta.x() < l.layout().bounds(a.fromKey()).maxX()) continue;
                assertTrue(ta.y() < tb.y(), where + ": " + a.fromKey() + " slot " + a.fromIndex() + " is drawn below slot " + b.fromIndex());
            }
        }
    }
}
