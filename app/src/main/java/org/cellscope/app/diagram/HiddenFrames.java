package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of stack frames the diagram leaves out, drawn as one marker between the frames around it.
 * before is the index in {@link DiagramModel#frames()} of the frame drawn just after the run;
 * functions counts the hidden frames per function, most frequent first.
 */
public record HiddenFrames(long firstFrameId, int before, List<FunctionCount> functions) {
    /** How many functions the marker names before it sums up the rest. */
    static final int NAMED = 3;

    /** count frames of the function called name. */
    public record FunctionCount(String name, int count) {
        String text() { return name + " ×" + count; }
    }

    public int count() { return functions.stream().mapToInt(FunctionCount::count).sum(); }

    /** Stable while the stack grows or shrinks beyond the run, so the marker stays one node. */
    public String key() { return "hidden:" + firstFrameId; }

    /** {@code ⋯ 478 more frames of down() ⋯}, or with several functions {@code ⋯ 478 more frames (down ×470, helper ×8) ⋯}. */
    public String text() {
        String frames = count() + (count() == 1 ? " more frame" : " more frames");
        if (functions.size() == 1) return "⋯ " + frames + " of " + functions.get(0).name() + "() ⋯";
        List<String> named = new ArrayList<>();
        for (FunctionCount f : functions.subList(0, Math.min(NAMED, functions.size()))) named.add(f.text());
        int others = functions.stream().skip(NAMED).mapToInt(FunctionCount::count).sum();
        if (others > 0) named.add("others ×" + others);
        return "⋯ " + frames + " (" + String.join(", ", named) + ") ⋯";
    }

    /** Every function with its count, one a line, for the marker's tooltip. */
    public String breakdown() {
        List<String> lines = new ArrayList<>();
        for (FunctionCount f : functions) lines.add(f.text());
        return String.join("\n", lines);
    }
}
