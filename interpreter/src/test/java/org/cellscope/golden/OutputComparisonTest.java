package org.cellscope.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputComparisonTest {

    @Test
    void masksObjectAddressesButNotHexNumbers() {
        assertEquals("<cell at 0x…: int object at 0x…> 0xff",
                OutputComparison.maskAddresses("<cell at 0x7f12ab: int object at 0x55aa01> 0xff"));
    }

    @Test
    void equalOutputHasNoDifference() {
        assertNull(OutputComparison.firstDifference("stdout", "a\nb\n", "a\nb\n"));
    }

    @Test
    void namesTheFirstDifferingLine() {
        assertEquals("stdout differs at line 2 (expected 3 lines, got 3 lines)"
                        + "\n  expected: [b]\n  actual:   [x]",
                OutputComparison.firstDifference("stdout", "a\nb\nc\n", "a\nx\nc\n"));
    }

    @Test
    void missingLinesAreReportedAsEndOfOutput() {
        assertEquals("events differs at line 2 (expected 2 lines, got 1 lines)"
                        + "\n  expected: [line f 2]\n  actual:   <end of output>",
                OutputComparison.firstDifference("events", List.of("call f 1", "line f 2"), List.of("call f 1")));
    }

    @Test
    void aMissingFinalNewlineIsADifference() {
        assertEquals("stdout: only the final newline differs",
                OutputComparison.firstDifference("stdout", "done\n", "done"));
    }
}
