package org.cellscope.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which variables a step rebound: the ones whose value differs from the step before, frame by frame. */
public final class Rebound {
    private Rebound() {}

    /** For each frame of after that was also in before: the names bound to something else now. */
    public static Map<Long, List<String>> of(StepView before, StepView after) {
        Map<Long, FrameView> earlier = new HashMap<>();
        for (FrameView f : before.frames()) earlier.put(f.id(), f);
        Map<Long, List<String>> out = new HashMap<>();
        for (FrameView f : after.frames()) {
            FrameView was = earlier.get(f.id());
            if (was == null) continue;
            Map<String, Value> old = new HashMap<>();
            for (Variable v : was.variables()) old.put(v.name(), v.value());
            List<String> names = new ArrayList<>();
            for (Variable v : f.variables()) {
                if (!v.value().equals(old.getOrDefault(v.name(), Value.UNBOUND))) names.add(v.name());
            }
            if (!names.isEmpty()) out.put(f.id(), List.copyOf(names));
        }
        return out;
    }
}
