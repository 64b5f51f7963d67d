package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatusBarTest {
    private final FakeTrace trace = FakeTrace.ofEvents(NavigatorTest.COUNTER_EVENTS);
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
