package org.cellscope.app.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class StepSelectionTest {

    @Test
    void resolvesAgainstTheTraceLength() {
        assertArrayEquals(new int[] {1, 18}, StepSelection.all().resolve(18));
        assertArrayEquals(new int[] {18, 18}, StepSelection.lastStep().resolve(18));
        assertArrayEquals(new int[] {9, 9}, StepSelection.one(9).resolve(18));
        assertArrayEquals(new int[] {3, 9}, StepSelection.parseRange("3-9").resolve(18));
    }

    @Test
    void outOfRangeNamesTheValidRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> StepSelection.one(19).resolve(18));
        assertEquals("step 19 is out of range: the trace has steps 1-18", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StepSelection.parseRange("5-40").resolve(18));
        assertEquals("steps 5-40 is out of range: the trace has steps 1-18", e.getMessage());
    }

    @Test
    void rejectsMalformedNumbers() {
        assertEquals("--step expects a step number from 1, not '0'",
                assertThrows(IllegalArgumentException.class, () -> StepSelection.parseStep("0", "--step")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepSelection.parseRange("9-3"));
        assertThrows(IllegalArgumentException.class, () -> StepSelection.parseRange("3"));
        assertThrows(IllegalArgumentException.class, () -> StepSelection.parseRange("a-b"));
    }

    @Test
    void fileNamesArePaddedToTheTraceLengthAtLeastFourDigits() {
        assertEquals("step-0009.png", StepSelection.fileName(9, 18));
        assertEquals("step-00009.png", StepSelection.fileName(9, 12345));
    }
}
