package org.cellscope.app.diagram.view;

import static org.cellscope.app.diagram.layout.Metrics.*;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.cellscope.app.diagram.FrameBox;
import org.cellscope.app.diagram.HiddenFrames;
import org.cellscope.app.diagram.layout.NodeGeometry;
import org.cellscope.app.diagram.layout.Rect;
import org.cellscope.trace.VarKind;

/**
 * Draws the frame column: a frame box (title, rule, one row per variable, CELL VARS / FREE VARS
 * sections), or the marker standing for frames hidden from a deep stack.
 */
final class FrameNodes {
    private FrameNodes() {}

    static void fill(Pane pane, FrameBox frame, NodeGeometry g) {
        pane.getChildren().clear();
        pane.getStyleClass().setAll("frame", frame.status().name().toLowerCase(java.util.Locale.ROOT));
        if (frame.isGhost()) pane.getStyleClass().add("ghost");
        if (frame.raising() != null) pane.getStyleClass().add("raising");
        double w = g.bounds().w();
        Parts.placeAt(pane, Parts.label(frame.title(), "frame-title"), PAD + 2, 11);
        if (g.badge() != null) {
            Label badge = Parts.label(frame.badge(), "badge");
            if (frame.raising() != null) badge.getStyleClass().add("raising");
            Parts.place(pane, badge, g.badge()).setAlignment(Pos.CENTER);
        }
        Region rule = new Region();
        rule.getStyleClass().add("frame-rule");
        Parts.place(pane, rule, new Rect(PAD, FRAME_HEADER - 4, w - 2 * PAD, 1));
        for (int i = 0; i < frame.rows().size(); i++) {
            FrameBox.Row row = frame.rows().get(i);
            Rect box = g.valueBoxes().get(i);
            Double section = g.sections().get(i);
            if (section != null) {
                String caption = row.kind() == VarKind.CELL ? "CELL VARS" : "FREE VARS";
                Parts.placeAt(pane, Parts.label(caption, "section-caption"), PAD + 2, section + 6);
            }
            boolean returned = row.slot().label().equals(FrameBox.RETURN_VALUE);
            Label name = returned ? Parts.label(FrameBox.RETURN_VALUE, "return-label") : Parts.label(row.slot().label(), "code", "var-name");
            if (row.kind() != VarKind.LOCAL) name.getStyleClass().add("cell-var");
            if (row.rebound()) name.getStyleClass().add("rebound");
            name.setAlignment(Pos.CENTER_RIGHT);
            Parts.place(pane, name, new Rect(PAD, box.y(), box.x() - LABEL_GAP - PAD, box.h()));
            Parts.place(pane, Parts.valueBox(row.slot()), box);
        }
    }

    /** One line across the column; the tooltip names every function hidden, the line only the first few. */
    static void fillHidden(Pane pane, HiddenFrames hidden, NodeGeometry g) {
        pane.getChildren().clear();
        pane.getStyleClass().setAll("hidden-frames");
        Label text = Parts.label(hidden.text(), "hidden-frames-text");
        text.setAlignment(Pos.CENTER);
        Parts.place(pane, text, new Rect(0, 0, g.bounds().w(), g.bounds().h()));
        HoverText.set(pane, hidden.count() + " frames hidden between the outer and the inner calls:\n" + hidden.breakdown());
    }
}
