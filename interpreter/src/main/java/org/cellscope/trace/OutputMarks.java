package org.cellscope.trace;

import java.util.Arrays;

/** How much output existed at each step, stored only at the steps where it grew. */
final class OutputMarks {
    private int[] steps = new int[16];
    private int[] lengths = new int[16];
    private int size;

    void mark(int step, int length) {
        if (size > 0 && lengths[size - 1] == length) return;
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        steps[size] = step;
        lengths[size++] = length;
    }

    int lengthAt(int step) {
        int i = Arrays.binarySearch(steps, 0, size, step);
        if (i < 0) i = -i - 2;
        return i < 0 ? 0 : lengths[i];
    }
}
