package org.cellscope.app.diagram;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.NodeGeometry;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of every golden program lays out without overlaps, stepping forward as the window
 * does: whatever the interpreter records, the diagram copes.
 */
class GoldenLayoutTest {
    private static final int STEP_CAP = 400;

    static Stream<Path> programs() throws IOException {
        Path golden = Path.of("..", "interpreter", "src", "test", "golden");
        try (Stream<Path> files = Files.walk(golden)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("syntax") && !p.toString().contains("sandbox")).sorted().toList();
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void everyStepLaysOutWithoutOverlaps(Path program) throws IOException {
        List<StepView> steps = new ArrayList<>();
        Trace t = Cellscope.record(Files.readString(program), program.getFileName().toString(), "", STEP_CAP);
        for (int i = 0; i < t.size(); i++) steps.add(t.step(i));
        Layout before = null;
        for (int i = 0; i < steps.size(); i++) {
            DiagramModel m = DiagramModel.of(steps.get(i), i > 0 ? steps.get(i - 1) : null);
            Layout l = Layout.of(m, TextMeasure.ESTIMATE, before);
            List<NodeGeometry> nodes = List.copyOf(l.nodes().values());
            for (int a = 0; a < nodes.size(); a++) {
                for (int b = a + 1; b < nodes.size(); b++) {
                    assertFalse(nodes.get(a).bounds().overlaps(nodes.get(b).bounds()),
                            "step " + (i + 1) + ": " + nodes.get(a).key() + " overlaps " + nodes.get(b).key());
                }
            }
            assertEquals(m.edges().size(), l.routes().size());
            before = l;
        }
    }
}
