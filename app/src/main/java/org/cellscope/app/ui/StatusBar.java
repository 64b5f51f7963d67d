package org.cellscope.app.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.cellscope.trace.FrameView;

/** "Paused · step 9 of 18 · line 9 → 10" on the left; frames and heap objects on the right. */
public final class StatusBar extends HBox {
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private final Label left = new Label();
    private final Label right = new Label();
    private final Circle light = new Circle(4);

    public StatusBar() {
        getStyleClass().add("status-bar");
        light.getStyleClass().add("status-light");
        left.setGraphic(light);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(left, spacer, right);
    }

    public void show(String state, String counts, boolean attention) {
        left.setText(state);
        right.setText(counts);
        light.pseudoClassStateChanged(ATTENTION, attention);
    }

    public String leftText() { return left.getText(); }

    /** The left text: what the debugger is doing and where it is. */
    static String describe(StepState state, boolean stale, boolean truncated) {
        String word = stale ? "Edited, not recorded"
                : state.isLast() ? (truncated ? "Stopped at the step cap" : "Finished") : "Paused";
        String where = state.markers().describe();
        return word + " · step " + (state.index() + 1) + " of " + state.size() + (where.isEmpty() ? "" : " · " + where);
    }

    /** The right text: "1 frame on stack · 1 popped frame · 3 heap objects". */
    static String counts(StepState state) {
        int frames = state.step().frames().size();
        StringBuilder sb = new StringBuilder(plural(frames, "frame") + " on stack");
        int popped = popped(state);
        if (popped > 0) sb.append(" · ").append(plural(popped, "popped frame"));
        return sb.append(" · ").append(plural(state.step().heap().size(), "heap object")).toString();
    }

    private static int popped(StepState state) {
        if (state.previous() == null) return 0;
        Set<Long> alive = new HashSet<>();
        for (FrameView f : state.step().frames()) alive.add(f.id());
        return (int) state.previous().frames().stream().filter(f -> !alive.contains(f.id())).count();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
