package org.cellscope.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The chapter's central moment as a query: when a frame pops, which of its cells live on, and
 * which closures keep each of them alive.
 */
public final class Survivors {
    /** A cell that outlived its frame, with the ids of the functions whose __closure__ holds it. */
    public record Survivor(HeapObject.Cell cell, List<Long> closures) {}

    private Survivors() {}

    /** The cells of the frames on before's stack that are gone at after but whose cells are still reachable. */
    public static List<Survivor> of(StepView before, StepView after) {
        Set<Long> stillThere = new HashSet<>();
        for (FrameView f : after.frames()) stillThere.add(f.id());
        Set<Long> popped = new HashSet<>();
        for (FrameView f : before.frames()) if (!stillThere.contains(f.id())) popped.add(f.id());
        List<Survivor> out = new ArrayList<>();
        for (HeapObject o : after.heap()) {
            if (o instanceof HeapObject.Cell c && popped.contains(c.creatorFrameId())) {
                out.add(new Survivor(c, closuresHolding(after, c.id()).stream().map(HeapObject.Function::id).toList()));
            }
        }
        return out;
    }

    /** The functions of a step whose {@code __closure__} holds the cell. */
    public static List<HeapObject.Function> closuresHolding(StepView step, long cellId) {
        List<HeapObject.Function> out = new ArrayList<>();
        for (HeapObject o : step.heap()) {
            if (o instanceof HeapObject.Function f && f.closure().contains(cellId)) out.add(f);
        }
        return out;
    }
}
