package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs opened in one window, each as last loaded or saved, and the user's text of each:
 * switching programs keeps the edits, and the window can ask about unsaved ones before closing.
 */
final class Workspace {
    private final Map<String, Program> saved = new LinkedHashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private Program current;

    /** Makes next current, keeping editorText as the text of the one shown before; returns next's text. */
    String switchTo(Program next, String editorText) {
        if (current != null) texts.put(current.fileName(), editorText);
        saved.putIfAbsent(next.fileName(), next);
        current = saved.get(next.fileName());
        return texts.getOrDefault(current.fileName(), current.text());
    }

    Program current() { return current; }

    /** The current program now has this text on disk, under program's name and path. */
    void saved(Program program, String editorText) {
        Program now = new Program(program.title(), program.fileName(), editorText, program.path());
        saved.put(now.fileName(), now);
        texts.put(now.fileName(), editorText);
        current = now;
    }

    /** The current program was saved as a new file: it becomes current, and from goes back to its text. */
    void savedAs(Program from, Program to, String editorText) {
        texts.remove(from.fileName());
        saved(to, editorText);
    }

    /** Programs whose text differs from what was loaded or saved, the current one judged by editorText. */
    List<Program> unsaved(String editorText) {
        if (current != null) texts.put(current.fileName(), editorText);
        List<Program> changed = new ArrayList<>();
        for (Program p : saved.values()) {
            if (!texts.getOrDefault(p.fileName(), p.text()).equals(p.text())) changed.add(p);
        }
        return changed;
    }
}
