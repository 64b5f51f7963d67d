package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellscope.app.diagram.FrameBox.Row;
import org.cellscope.app.diagram.FrameBox.Status;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.ObjectNode.PlainNode;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.Rebound;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.VarKind;

/**
 * Turns a StepView (and the step shown before it) into a {@link DiagramModel}; a deep stack is
 * collapsed by {@link StackCollapse}, and only the objects it draws get nodes and arrows.
 */
final class DiagramModelBuilder {
    private final StepView step;
    private final StepView previous;
    /** Frames of the previous step missing now, popped in between; see {@link #popped}. */
    private final List<FrameView> popped;
    private final StackCollapse collapse;
    private final Set<Long> heapIds = new HashSet<>();
    private final List<FrameBox> frames = new ArrayList<>();
    private final List<HiddenFrames> hiddenFrames = new ArrayList<>();
    private final List<ObjectNode> objects = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** The variables each frame rebound since the previous step shown, by frame id. */
    private final Map<Long, List<String>> reboundNames;

    DiagramModelBuilder(StepView step, StepView previous) {
        this.step = step;
        this.previous = previous;
        this.reboundNames = previous == null ? Map.of() : Rebound.of(previous, step);
        this.popped = popped(step, previous);
        this.collapse = new StackCollapse(step.frames(), step.heap(), valuesOutsideTheStack());
        for (HeapObject o : step.heap()) if (collapse.draws(o.id())) heapIds.add(o.id());
    }

    DiagramModel build() {
        addLiveFrames();
        for (FrameView f : popped) addFrame(f, Status.RETURNED, returnedBy(f), null);
        addObjects();
        return new DiagramModel(step.index(), List.copyOf(frames), List.copyOf(hiddenFrames), List.copyOf(objects),
                List.copyOf(edges), changedObjects(), previous == null);
    }

    private Set<Long> changedObjects() {
        if (previous == null) return Set.of();
        Map<Long, HeapObject> before = new HashMap<>();
        for (HeapObject o : previous.heap()) if (heapIds.contains(o.id())) before.put(o.id(), o);
        Set<Long> changed = new HashSet<>();
        for (HeapObject o : step.heap()) {
            HeapObject was = before.get(o.id());
            if (was != null && !was.equals(o)) changed.add(o.id());
        }
        return Set.copyOf(changed);
    }

    private void addLiveFrames() {
        List<FrameView> stack = step.frames();
        for (int i = 0; i < stack.size(); i++) {
            if (!collapse.shows(i)) {
                if (collapse.shows(i - 1)) hiddenFrames.add(collapse.hiddenRun(i, frames.size()));
                continue;
            }
            FrameView f = stack.get(i);
            boolean top = i == stack.size() - 1;
            Value returned = top && step.event() == EventKind.RETURN ? step.returnValue() : null;
            String raising = top && step.exception() != null ? step.exception().typeName() : null;
            addFrame(f, top ? Status.ACTIVE : Status.WAITING, returned, raising);
        }
    }

    /**
     * Frames of the previous step missing now were popped in between, but only when stepping
     * forward: stepping back, a missing frame simply has not been called yet.
     */
    private static List<FrameView> popped(StepView step, StepView previous) {
        if (previous == null || previous.index() >= step.index()) return List.of();
        Set<Long> live = new HashSet<>();
        step.frames().forEach(f -> live.add(f.id()));
        return previous.frames().stream().filter(f -> !live.contains(f.id())).toList();
    }

    /** What a popped frame returned, when it was the previous step's returning frame. */
    private Value returnedBy(FrameView f) {
        return f == previous.activeFrame() && previous.event() == EventKind.RETURN ? previous.returnValue() : null;
    }

    /** The return value and what the popped frames show: drawn however deep the stack is. */
    private List<Value> valuesOutsideTheStack() {
        List<Value> values = new ArrayList<>();
        if (step.returnValue() != null) values.add(step.returnValue());
        for (FrameView f : popped) {
            f.variables().forEach(v -> values.add(v.value()));
            if (returnedBy(f) != null) values.add(returnedBy(f));
        }
        return values;
    }

    private void addFrame(FrameView f, Status status, Value returnValue, String raising) {
        List<String> rebound = status == Status.RETURNED ? List.of() : reboundNames.getOrDefault(f.id(), List.of());
        List<Row> rows = new ArrayList<>();
        for (var v : f.variables()) rows.add(new Row(new Slot(v.name(), v.value()), v.kind(), rebound.contains(v.name())));
        if (returnValue != null) rows.add(new Row(new Slot(FrameBox.RETURN_VALUE, returnValue), VarKind.LOCAL, false));
        String title = frames.isEmpty() && status != Status.RETURNED ? "Global frame" : f.name();
        FrameBox box = new FrameBox(f.id(), title, status, List.copyOf(rows), raising);
        frames.add(box);
        Edge.Kind kind = status == Status.RETURNED ? Edge.Kind.GHOST : Edge.Kind.REFERENCE;
        for (int r = 0; r < rows.size(); r++) addEdge(kind, box.key(), r, rows.get(r).slot(), "");
    }

    private void addObjects() {
        int cellNumber = 0;
        for (HeapObject o : step.heap()) {
            if (!heapIds.contains(o.id())) continue;
            ObjectNode node = node(o, o instanceof HeapObject.Cell ? ++cellNumber : 0);
            objects.add(node);
            addObjectEdges(node);
        }
    }

    /** Java 17 has no pattern switch; the chain stays in this one place. */
    private static ObjectNode node(HeapObject o, int cellNumber) {
        if (o instanceof HeapObject.Function f) return function(f);
        if (o instanceof HeapObject.Cell c) return new CellNode(c.id(), cellNumber, c.varName(), new Slot(c.varName(), c.contents()),
                c.creatorFrameId());
        if (o instanceof HeapObject.Sequence s) {
            return new ContainerNode(s.id(), s.typeName(), indexed(s), false, SlotCollapse.hidden(s.items().size()));
        }
        if (o instanceof HeapObject.Dict d) return container(d.id(), d.typeName(), d.entries(), false);
        if (o instanceof HeapObject.Instance i) return container(i.id(), i.typeName() + " instance", i.attributes(), true);
        if (o instanceof HeapObject.ClassObject k) return container(k.id(), "class " + k.name(), k.attributes(), true);
        HeapObject.Other x = (HeapObject.Other) o;
        return new PlainNode(x.id(), x.typeName(), Slot.shorten(x.repr()));
    }

    private static FunctionNode function(HeapObject.Function f) {
        List<Slot> defaults = new ArrayList<>();
        for (int i = 0; i < f.defaults().size(); i++) defaults.add(new Slot("[" + i + "]", f.defaults().get(i)));
        return new FunctionNode(f.id(), f.qualname(), f.firstLine(), f.freevars(), f.closure(), List.copyOf(defaults));
    }

    private void addObjectEdges(ObjectNode node) {
        Edge.Kind slotKind = node instanceof CellNode ? Edge.Kind.CELL_CONTENTS : Edge.Kind.REFERENCE;
        List<Slot> slots = node.slots();
        for (int i = 0; i < slots.size(); i++) addEdge(slotKind, node.key(), i, slots.get(i), "");
        if (node instanceof FunctionNode f) {
            for (int i = 0; i < f.closure().size(); i++) {
                long cell = f.closure().get(i);
                if (heapIds.contains(cell)) edges.add(new Edge(Edge.Kind.CLOSURE, f.key(), i, cell, "__closure__[" + i + "]"));
            }
        }
    }

    /** Arrows only go to objects on this step's heap; a ghost may point at an object already gone. */
    private void addEdge(Edge.Kind kind, String fromKey, int index, Slot slot, String label) {
        if (slot.isRef() && heapIds.contains(slot.targetId())) {
            edges.add(new Edge(kind, fromKey, index, slot.targetId(), label));
        }
    }

    private static ContainerNode container(long id, String typeLabel, List<HeapObject.Entry> entries, boolean attributes) {
        return new ContainerNode(id, typeLabel, entries(entries, attributes), attributes, SlotCollapse.hidden(entries.size()));
    }

    private static List<Slot> indexed(HeapObject.Sequence s) {
        boolean unordered = s.typeName().endsWith("set");
        List<Slot> slots = new ArrayList<>();
        for (int i : SlotCollapse.shown(s.items().size())) slots.add(new Slot(unordered ? "" : String.valueOf(i), s.items().get(i)));
        return List.copyOf(slots);
    }

    /** Attribute names are str keys, drawn bare like CPython's {@code vars()} keys in code. */
    private static List<Slot> entries(List<HeapObject.Entry> entries, boolean attributes) {
        List<Slot> slots = new ArrayList<>();
        for (int i : SlotCollapse.shown(entries.size())) {
            HeapObject.Entry e = entries.get(i);
            String key = e.key() instanceof Value.Prim p ? p.repr() : "⋯";
            if (attributes && key.length() >= 2) key = key.substring(1, key.length() - 1);
            slots.add(new Slot(Slot.shorten(key), e.value()));
        }
        return List.copyOf(slots);
    }
}
