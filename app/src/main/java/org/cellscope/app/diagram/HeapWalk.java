package org.cellscope.app.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.Value;

/**
 * The objects of a step's heap reachable from the values given so far, following every
 * reference drawn: items, entries and attributes (those {@link SlotCollapse} shows), defaults,
 * {@code __closure__} and cell contents.
 * Roots can be added after a walk; the next walk goes on from what was already reached.
 */
final class HeapWalk {
    private final Map<Long, HeapObject> heap = new HashMap<>();
    private final Set<Long> reached = new HashSet<>();
    private final Deque<HeapObject> pending = new ArrayDeque<>();

    HeapWalk(List<HeapObject> heap) {
        for (HeapObject o : heap) this.heap.put(o.id(), o);
    }

    void add(Value v) {
        if (v instanceof Value.Ref r) add(r.id());
    }

    void add(FrameView frame) {
        frame.variables().forEach(v -> add(v.value()));
    }

    /** Follows references from the roots added since the last walk; returns the cells newly reached. */
    List<HeapObject.Cell> walk() {
        List<HeapObject.Cell> cells = new ArrayList<>();
        while (!pending.isEmpty()) {
            HeapObject o = pending.poll();
            if (o instanceof HeapObject.Cell c) cells.add(c);
            follow(o);
        }
        return cells;
    }

    boolean reached(long id) { return reached.contains(id); }

    private void add(long id) {
        HeapObject o = heap.get(id);
        if (o != null && reached.add(id)) pending.add(o);
    }

    /** Java 17 has no pattern switch; the chain stays in this one place. */
    private void follow(HeapObject o) {
        if (o instanceof HeapObject.Cell c) add(c.contents());
        else if (o instanceof HeapObject.Function f) {
            f.closure().forEach(this::add);
            f.defaults().forEach(this::add);
        } else if (o instanceof HeapObject.Sequence s) {
            for (int i : SlotCollapse.shown(s.items().size())) add(s.items().get(i));
        }
        else if (o instanceof HeapObject.Dict d) addEntries(d.entries());
        else if (o instanceof HeapObject.Instance i) addEntries(i.attributes());
        else if (o instanceof HeapObject.ClassObject k) addEntries(k.attributes());
    }

    private void addEntries(List<HeapObject.Entry> entries) {
        for (int i : SlotCollapse.shown(entries.size())) {
            HeapObject.Entry e = entries.get(i);
            add(e.key());
            add(e.value());
        }
    }
}
