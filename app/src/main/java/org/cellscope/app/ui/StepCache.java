package org.cellscope.app.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;

/**
 * The steps of a trace materialised last. Each step shown also needs the one before it, so
 * stepping forward finds the new step's previous here instead of rebuilding it: a step whose
 * heap holds a long list takes tens of milliseconds to rebuild.
 */
final class StepCache {
    private static final int SIZE = 4;
    private final Trace trace;
    private final Map<Integer, StepView> steps = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, StepView> eldest) { return size() > SIZE; }
    };

    StepCache(Trace trace) { this.trace = trace; }

    synchronized StepView step(int index) {
        return steps.computeIfAbsent(index, trace::step);
    }
}
