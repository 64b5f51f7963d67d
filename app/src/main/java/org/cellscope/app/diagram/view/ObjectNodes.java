package org.cellscope.app.diagram.view;

import static org.cellscope.app.diagram.layout.Metrics.*;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.ObjectNode.PlainNode;
import org.cellscope.app.diagram.Slot;
import org.cellscope.app.diagram.layout.NodeGeometry;
import org.cellscope.app.diagram.layout.Rect;

/** Draws heap objects: function with closure port, cell pill, container table, plain repr. */
final class ObjectNodes {
    private ObjectNodes() {}

    static void fill(Pane pane, ObjectNode node, NodeGeometry g) {
        pane.getChildren().clear();
        if (node instanceof FunctionNode f) function(pane, f, g);
        else if (node instanceof CellNode c) cell(pane, c, g);
        else if (node instanceof ContainerNode c) container(pane, c, g);
        else plain(pane, (PlainNode) node, g);
        HoverText.set(pane, tooltip(node));
    }

    /** The repr CPython would print, so printed addresses can be matched with nodes. */
    private static String tooltip(ObjectNode node) {
        if (node instanceof FunctionNode f) return "<function " + f.qualname() + " at " + f.address() + ">";
        if (node instanceof CellNode c) return "<cell at " + c.address() + ">";
        if (node instanceof ContainerNode c) return c.typeLabel() + " at " + c.address();
        return ((PlainNode) node).repr();
    }

    private static void function(Pane pane, FunctionNode f, NodeGeometry g) {
        pane.getStyleClass().setAll("function-node");
        double body = f.hasClosure() ? g.port().x() + PORT_OVERLAP : g.bounds().w();
        Region box = new Region();
        box.getStyleClass().add("node-body");
        Parts.place(pane, box, new Rect(0, 0, body, g.bounds().h()));
        Parts.placeAt(pane, Parts.label("function", "type-label"), PAD, 7);
        Parts.placeAt(pane, Parts.label(f.label(), "code", "function-name"), PAD, 24);
        if (!f.defaults().isEmpty()) {
            Rect first = g.valueBoxes().get(0);
            Label caption = Parts.label("defaults", "type-label");
            caption.setAlignment(Pos.CENTER_LEFT);
            Parts.place(pane, caption, new Rect(PAD, first.y(), first.x() - PAD, first.h()));
            for (int i = 0; i < f.defaults().size(); i++) {
                Parts.place(pane, Parts.valueBox(f.defaults().get(i)), g.valueBoxes().get(i));
            }
        }
        if (f.hasClosure()) {
            HBox port = new HBox(6, Parts.label("closure", "port-label"), Parts.dot());
            port.getStyleClass().add("closure-port");
            port.setAlignment(Pos.CENTER_RIGHT);
            Parts.place(pane, port, g.port());
        }
    }

    private static void cell(Pane pane, CellNode c, NodeGeometry g) {
        pane.getStyleClass().setAll("cell-node");
        double w = g.bounds().w();
        StackPane pill = new StackPane();
        pill.getStyleClass().add("cell-pill");
        Region inner = new Region();
        inner.getStyleClass().add("cell-inner");
        pill.getChildren().add(inner);
        StackPane.setMargin(inner, new javafx.geometry.Insets(4));
        Parts.place(pane, pill, new Rect(0, CELL_TAG, w, CELL_PILL));
        Rect contents = g.valueBoxes().get(0);
        TextFlow text = new TextFlow(styled(c.varName(), "cell-name"));
        if (c.isEmpty()) text.getChildren().add(styled(" (empty)", "cell-empty"));
        else if (c.contents().isRef()) text.getChildren().add(styled(" =", "cell-equals"));
        else text.getChildren().addAll(styled(" = ", "cell-equals"), styled(c.contents().inlineText(), "cell-value"));
        // text and dot are centred together, so the text starts as far from the left as the dot ends from the right
        Rect textBox = c.contents().isRef()
                ? new Rect(w - contents.maxX(), CELL_TAG, contents.x() - 6 - (w - contents.maxX()), CELL_PILL)
                : contents;
        StackPane holder = new StackPane(text);
        holder.setAlignment(Pos.CENTER);
        text.setMaxWidth(textBox.w() + 2);
        text.setMaxHeight(Region.USE_PREF_SIZE);
        Parts.place(pane, holder, textBox);
        if (c.contents().isRef()) Parts.place(pane, Parts.valueBox(c.contents()), contents);
        HBox tag = new HBox(Parts.label("cell", "cell-tag"), Parts.label("#" + c.number(), "cell-number"));
        tag.getStyleClass().add("cell-tags");
        Parts.placeAt(pane, tag, 22, CELL_TAG - 11);
        // above the pill on the right, clear of the tag and of arrows entering from below
        Label address = Parts.label(c.address(), "address");
        address.setAlignment(Pos.BOTTOM_RIGHT);
        Parts.place(pane, address, new Rect(0, 0, w - 26, CELL_TAG - 2));
    }

    private static Text styled(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static void container(Pane pane, ContainerNode c, NodeGeometry g) {
        pane.getStyleClass().setAll("container-node");
        Parts.placeAt(pane, Parts.label(c.typeLabel(), "type-label"), 2, 0);
        Region box = new Region();
        box.getStyleClass().add("node-body");
        Parts.place(pane, box, new Rect(0, TYPE_LINE, g.bounds().w(), g.bounds().h() - TYPE_LINE));
        if (c.slots().isEmpty()) {
            Label empty = Parts.label(c.emptyText(), "unbound");
            empty.setAlignment(Pos.CENTER);
            Parts.place(pane, empty, new Rect(0, TYPE_LINE, g.bounds().w(), CONTAINER_ROW));
        }
        for (int i = 0; i < c.slots().size(); i++) {
            Slot s = c.slots().get(i);
            Rect v = g.valueBoxes().get(i);
            double rowY = v.y() - (CONTAINER_ROW - VALUE_HEIGHT) / 2;
            if (i == c.gapAt()) {
                Label gap = Parts.label(c.hiddenText(), "unbound");
                gap.setAlignment(Pos.CENTER);
                Parts.place(pane, gap, new Rect(0, rowY - CONTAINER_ROW, g.bounds().w(), CONTAINER_ROW));
                rowRule(pane, rowY - CONTAINER_ROW, g);
            }
            if (i > 0) rowRule(pane, rowY, g);
            if (!s.label().isEmpty()) {
                Parts.place(pane, Parts.label(s.label(), "code", "slot-label"), new Rect(PAD, v.y(), v.x() - PAD - LABEL_GAP, v.h()));
            }
            Parts.place(pane, Parts.valueBox(s), v);
        }
    }

    private static void rowRule(Pane pane, double y, NodeGeometry g) {
        Region rule = new Region();
        rule.getStyleClass().add("row-rule");
        Parts.place(pane, rule, new Rect(1, y, g.bounds().w() - 2, 1));
    }

    private static void plain(Pane pane, PlainNode p, NodeGeometry g) {
        pane.getStyleClass().setAll("plain-node");
        Parts.placeAt(pane, Parts.label(p.typeLabel(), "type-label"), 2, 0);
        Label repr = Parts.label(p.repr(), "code", "node-body", "plain-repr");
        repr.setAlignment(Pos.CENTER_LEFT);
        Parts.place(pane, repr, new Rect(0, TYPE_LINE, g.bounds().w(), g.bounds().h() - TYPE_LINE));
    }
}
