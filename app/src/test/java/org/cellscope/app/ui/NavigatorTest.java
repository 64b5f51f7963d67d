package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Moves over the events CPython 3.11 reports for resources/03_nonlocal_counter.py (first two calls). */
class NavigatorTest {
    static final String[] COUNTER_EVENTS = {"call <module> 0", "line <module> 4", "line <module> 15", // 0-2
            "call make_counter 4", "line make_counter 5", "line make_counter 7", "line make_counter 12", // 3-6
            "return make_counter 12", "line <module> 16", "call counter 7", "line counter 9",          // 7-10
            "line counter 10", "return counter 10", "line <module> 17", "return <module> 17"};         // 11-14

    private final Navigator nav = Navigator.of(FakeTrace.ofEvents(COUNTER_EVENTS));

    @Test
    void depthCountsFramesOnTheStackIncludingAReturningOne() {
        assertEquals(1, nav.depth(0));
        assertEquals(2, nav.depth(3));
        assertEquals(2, nav.depth(7));
        assertEquals(1, nav.depth(8));
    }

    @Test
    void stepOverSkipsTheWholeCall() {
        assertEquals(8, nav.stepOver(2));   // c = make_counter() -> print(c())
        assertEquals(13, nav.stepOver(8));  // print(c()) -> next print
        assertEquals(5, nav.stepOver(4));   // inside make_counter, line by line
    }

    @Test
    void stepIntoEntersTheCall() {
        assertEquals(3, nav.stepInto(2));
        assertEquals(14, nav.stepInto(14)); // stays on the last step
    }

    @Test
    void stepOutLeavesTheFrame() {
        assertEquals(8, nav.stepOut(4));
        assertEquals(13, nav.stepOut(10));
        assertEquals(14, nav.stepOut(2));   // out of the module: the end
    }

    @Test
    void backwardMovesMirrorTheForwardOnes() {
        assertEquals(2, nav.backOver(8));   // back over make_counter's whole run
        assertEquals(7, nav.backInto(8));
        assertEquals(2, nav.backOut(5));    // to the line that called make_counter
        assertEquals(0, nav.backOver(0));
    }

    @Test
    void markersShowTheLineThatRanAndTheNextOne() {
        assertEquals(new LineMarkers(15, 16), nav.markers(8));  // after make_counter returned
        assertEquals(new LineMarkers(0, 4), nav.markers(3));    // a call: only the def line
        assertEquals(new LineMarkers(0, 5), nav.markers(4));    // first line of the body
        assertEquals(new LineMarkers(12, 0), nav.markers(7));   // return: the line ran, nothing next here
        assertEquals("line 15 → 16", nav.markers(8).describe());
    }

    @Test
    void anExceptionMarksTheLineThatRaised() {
        Navigator raising = Navigator.of(FakeTrace.ofEvents("call <module> 0", "line <module> 1",
                "exception <module> 1 ZeroDivisionError", "return <module> 1"));
        assertEquals(new LineMarkers(1, 0, true), raising.markers(2));
        assertEquals("line 1 raised", raising.markers(2).describe());
    }
}
