package org.cellscope.trace;

import java.util.Arrays;

/**
 * How one object (or one frame's locals) looked over time: a snapshot from each step at which
 * it changed. The first entry, at step -1, is how it looked before its first recorded change.
 */
final class History {
    final Object owner;
    private int[] steps = new int[2];
    private Object[] snapshots = new Object[2];
    private int size;
    /** Changed since the last recorded step: snapshot it at the next one. */
    boolean dirty;

    History(Object owner) { this.owner = owner; }

    void add(int step, Object snapshot) {
        if (size > 0 && steps[size - 1] == step) {
            snapshots[size - 1] = snapshot;
            return;
        }
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            snapshots = Arrays.copyOf(snapshots, size * 2);
        }
        steps[size] = step;
        snapshots[size++] = snapshot;
    }

    Object last() { return snapshots[size - 1]; }

    /** The snapshot in force at a step: the latest taken at or before it. */
    Object at(int step) {
        int lo = 0, hi = size - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] <= step) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return snapshots[found];
    }

    /** The steps at which the object changed (the before-first-change entry is not a change). */
    int[] changeSteps() {
        int from = size > 0 && steps[0] < 0 ? 1 : 0;
        return Arrays.copyOfRange(steps, from, size);
    }
}
