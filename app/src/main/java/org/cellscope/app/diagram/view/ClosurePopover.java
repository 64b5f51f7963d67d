package org.cellscope.app.diagram.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Pos;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.FrameBox;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.ObjectNode.PlainNode;
import org.cellscope.app.diagram.Slot;
import org.cellscope.trace.Value;
import org.controlsfx.control.PopOver;

/**
 * What a closure remembers: each free variable, the cell holding it and the cell's contents,
 * who made the cell, and which other closures share it.
 */
public final class ClosurePopover extends PopOver {

    /** onRevealCell receives the id of the closure's first cell when "Highlight cell" is pressed. */
    public ClosurePopover(FunctionNode function, DiagramModel model, Consumer<Long> onRevealCell) {
        setArrowLocation(ArrowLocation.TOP_LEFT);
        setDetachable(false);
        setHeaderAlwaysVisible(false);
        setAnimated(false);
        VBox content = new VBox(10, header(function), table(function, model), facts(function, model));
        CellNode first = function.hasClosure() ? cell(model, function.closure().get(0)) : null;
        if (first != null) {
            Button reveal = new Button("Highlight cell #" + first.number());
            reveal.getStyleClass().add("reveal-button");
            reveal.setDefaultButton(true);
            reveal.setOnAction(e -> {
                hide();
                onRevealCell.accept(first.id());
            });
            content.getChildren().add(reveal);
        }
        content.getStyleClass().add("closure-popover");
        content.getStylesheets().add(Objects.requireNonNull(ClosurePopover.class.getResource("/org/cellscope/app/diagram/diagram.css")).toExternalForm());
        setContentNode(content);
    }

    private static Node header(FunctionNode f) {
        int n = f.freevars().size();
        String vars = n == 0 ? "no free variables" : n == 1 ? "1 free variable" : n + " free variables";
        return new VBox(3, Parts.label(f.qualname(), "popover-title"),
                Parts.label("function · " + vars + " · defined at line " + f.firstLine(), "popover-subtitle"));
    }

    private static Node table(FunctionNode f, DiagramModel model) {
        if (!f.hasClosure()) {
            return Parts.label("__closure__ is None: this function keeps no cells.", "popover-note");
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("closure-table");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.addRow(0, Parts.label("FREE VARIABLE", "table-head"), Parts.label("CELL", "table-head"),
                Parts.label("CONTENTS", "table-head"));
        for (int i = 0; i < f.closure().size(); i++) {
            String name = i < f.freevars().size() ? f.freevars().get(i) : "?";
            CellNode cell = cell(model, f.closure().get(i));
            grid.addRow(i + 1, Parts.label(name, "code", "table-var"),
                    cell == null ? Parts.label("?", "table-note") : Parts.label("cell #" + cell.number(), "cell-chip"),
                    cell == null ? Parts.label("", "table-note") : contents(cell, model));
        }
        return grid;
    }

    private static Node contents(CellNode cell, DiagramModel model) {
        Slot s = cell.contents();
        String text, type;
        if (s.isUnbound()) {
            text = "empty";
            type = "";
        } else if (s.isRef()) {
            ObjectNode target = model.object(s.targetId()).orElse(null);
            text = "→ " + (target == null ? "0x" + Long.toHexString(s.targetId()) : describe(target));
            type = "";
        } else {
            text = s.inlineText();
            type = ((Value.Prim) s.value()).typeName();
        }
        HBox box = new HBox(8, Parts.label(text, "code", "table-value"), Parts.label(type, "table-type"));
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static String describe(ObjectNode o) {
        if (o instanceof FunctionNode f) return f.label();
        if (o instanceof CellNode c) return "cell #" + c.number();
        if (o instanceof ContainerNode c) return c.typeLabel();
        return ((PlainNode) o).repr();
    }

    private static Node facts(FunctionNode f, DiagramModel model) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("popover-facts");
        grid.setHgap(18);
        grid.setVgap(4);
        if (f.hasClosure()) {
            grid.addRow(0, Parts.label("Cell created by", "fact-name"), Parts.label(creators(f, model), "fact-value"));
            grid.addRow(1, Parts.label("Shared with", "fact-name"), Parts.label(sharedWith(f, model), "fact-value"));
        }
        grid.addRow(2, Parts.label("Address", "fact-name"), Parts.label(f.address(), "code", "fact-value"));
        return grid;
    }

    private static String creators(FunctionNode f, DiagramModel model) {
        Set<String> names = new LinkedHashSet<>();
        for (long id : f.closure()) {
            CellNode cell = cell(model, id);
            if (cell == null) continue;
            FrameBox frame = model.frame(cell.creatorFrameId()).orElse(null);
            if (frame == null) names.add("a frame that has returned");
            else if (frame.isGhost()) names.add(frame.title() + " (just returned)");
            else names.add(frame.title() + " (running)");
        }
        return String.join(", ", names);
    }

    /** Other closures holding any of this one's cells; identical qualnames are told apart by address. */
    static String sharedWith(FunctionNode f, DiagramModel model) {
        List<String> others = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (long cell : f.closure()) {
            for (FunctionNode other : model.closuresHolding(cell)) {
                if (other.id() != f.id() && seen.add(other.id())) others.add(other.label() + " at " + other.address());
            }
        }
        return others.isEmpty() ? "no other closures" : String.join("\n", others);
    }

    private static CellNode cell(DiagramModel model, long id) {
        return model.object(id).filter(CellNode.class::isInstance).map(CellNode.class::cast).orElse(null);
    }
}
