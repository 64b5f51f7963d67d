package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private final Program a = new Program("a.py", "/w/a.py", "print('a')\n", Path.of("/w/a.py"));
    private final Program b = new Program("b.py", "b.py", "print('b')\n", null);
    private final Workspace workspace = new Workspace();

    @Test
    void switchingAwayAndBackKeepsTheEdit() {
        assertEquals("print('a')\n", workspace.switchTo(a, ""));
        assertEquals("print('b')\n", workspace.switchTo(b, "print('a edited')\n"));
        assertEquals("print('a edited')\n", workspace.switchTo(a, "print('b')\n"));
        assertEquals(List.of(a), workspace.unsaved("print('a edited')\n"));
    }

    @Test
    void savingClearsTheUnsavedMark() {
        workspace.switchTo(a, "");
        assertEquals(List.of(a), workspace.unsaved("x = 1\n"));
        workspace.saved(a, "x = 1\n");
        assertEquals(List.of(), workspace.unsaved("x = 1\n"));
        assertEquals("x = 1\n", workspace.current().text());
    }
}
