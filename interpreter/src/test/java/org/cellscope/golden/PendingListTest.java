package org.cellscope.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.cellscope.golden.PendingList.Check;
import org.junit.jupiter.api.Test;

class PendingListTest {

    private final PendingList pending = PendingList.parse(List.of(
            "# comment line",
            "",
            "language/gen.py   # generators not yet",
            "events/class_body.py events # class body events",
            "syntax/",
            "skeleton/a.py"));

    @Test
    void entryWithReasonPendsBothChecks() {
        assertEquals(Optional.of("generators not yet"), pending.reason("language/gen.py", Check.RUN));
        assertEquals(Optional.of("generators not yet"), pending.reason("language/gen.py", Check.EVENTS));
    }

    @Test
    void checkWordLimitsTheEntry() {
        assertEquals(Optional.empty(), pending.reason("events/class_body.py", Check.RUN));
        assertEquals(Optional.of("class body events"), pending.reason("events/class_body.py", Check.EVENTS));
    }

    @Test
    void groupEntryCoversItsProgramsOnly() {
        assertEquals(Optional.of("listed in PENDING"), pending.reason("syntax/tab_error.py", Check.RUN));
        assertEquals(Optional.empty(), pending.reason("syntaxes/x.py", Check.RUN));
        assertEquals(Optional.empty(), pending.reason("language/gen2.py", Check.RUN));
    }

    @Test
    void commentsAndBlankLinesAreNotEntries() {
        assertEquals(4, pending.entries().size());
    }
}
