package org.cellscope.app.diagram;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cellscope.Cellscope;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;

/** A long container shows its first and last slots and one row counting the rest. */
class LongContainerModelTest {

    private static DiagramModel lastStep(String source) {
        Trace t = Cellscope.record(source, "long.py", "", Cellscope.DEFAULT_MAX_STEPS);
        return DiagramModel.of(t.step(t.size() - 1), t.step(t.size() - 2));
    }

    private static ContainerNode list(DiagramModel m) {
        return m.objects().stream().filter(ContainerNode.class::isInstance).map(ContainerNode.class::cast)
                .filter(c -> c.typeLabel().equals("list")).findFirst().orElseThrow();
    }

    @Test
    void aLongListShowsItsFirstAndLastItemsAndCountsTheOthers() {
        ContainerNode xs = list(lastStep("xs = list(range(1000))\n"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "996", "997", "998", "999"),
                xs.slots().stream().map(Slot::label).toList());
        assertEquals(984, xs.hiddenSlots());
        assertEquals(SlotCollapse.FIRST, xs.gapAt());
        assertEquals("⋯ 984 more items ⋯", xs.hiddenText());
    }

    @Test
    void aListUpToTheLimitIsDrawnWhole() {
        ContainerNode xs = list(lastStep("xs = list(range(" + SlotCollapse.MAX_SLOTS + "))\n"));
        assertEquals(SlotCollapse.MAX_SLOTS, xs.slots().size());
        assertEquals(-1, xs.gapAt());
    }

    @Test
    void objectsOnlyHiddenItemsReferenceAreNotDrawn() {
        DiagramModel m = lastStep("rows = [[i] for i in range(100)]\n");
        ContainerNode rows = m.objects().stream().map(o -> (ContainerNode) o).filter(c -> c.hiddenSlots() > 0).findFirst().orElseThrow();
        assertEquals(1 + SlotCollapse.FIRST + SlotCollapse.LAST, m.objects().size(), "the outer list and the rows shown");
        Set<Long> drawn = new HashSet<>();
        m.objects().forEach(o -> drawn.add(o.id()));
        assertTrue(m.edges().stream().allMatch(e -> drawn.contains(e.targetId())));
        assertEquals(SlotCollapse.FIRST + SlotCollapse.LAST, m.edgesFrom(rows.key()).size());
    }

    @Test
    void theHiddenRowTakesARowOfTheNode() {
        DiagramModel m = lastStep("xs = list(range(1000))\n");
        ContainerNode xs = list(m);
        Layout l = Layout.of(m, TextMeasure.ESTIMATE, null);
        var boxes = l.node(xs.key()).valueBoxes();
        double row = boxes.get(1).y() - boxes.get(0).y();
        assertEquals(2 * row, boxes.get(xs.gapAt()).y() - boxes.get(xs.gapAt() - 1).y(), 0.001);
    }
}
