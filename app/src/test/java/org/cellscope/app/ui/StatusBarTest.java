package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatusBarTest {
    /** The counter example's events (make_counter returns at step 7). */
    private static final String[] COUNTER_EVENTS = {"call <module> 0", "line <module> 4", "line <module> 15",
        "call make_counter 4", "line make_counter 5", "line make_counter 7", "line make_counter 12",
        "return make_counter 12", "line <module> 16", "call counter 7", "line counter 9",
        "line counter 10", "return counter 10", "line <module> 17", "return <module> 17"};

    private final FakeTrace trace = FakeTrace.ofEvents(COUNTER_EVENTS);
    private final Recording recording = Recording.of(trace, "");

    @Test
    void afterAReturnTheLeftSaysWhereAndTheRightCountsThePoppedFrame() {
        StepState state = StepState.at(recording, 8);
        assertEquals("Paused · step 9 of 15 · line 15 → 16", StatusBar.describe(state, false, false));
        assertEquals("1 frame on stack · 1 popped frame · 0 heap objects", StatusBar.counts(state));
    }

    @Test
    void theLastStepSaysFinishedOrStoppedAtTheCap() {
        StepState last = StepState.at(recording, 14);
        assertEquals("Finished · step 15 of 15 · line 17", StatusBar.describe(last, false, false));
        assertEquals("Stopped at the step cap · step 15 of 15 · line 17", StatusBar.describe(last, false, true));
    }

    @Test
    void anEditedProgramSaysSo() {
        assertEquals("Edited, not recorded · step 4 of 15 · line 4", StatusBar.describe(StepState.at(recording, 3), true, false));
    }
}
