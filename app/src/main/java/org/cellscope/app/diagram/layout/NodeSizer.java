package org.cellscope.app.diagram.layout;

import static org.cellscope.app.diagram.layout.Metrics.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.FrameBox;
import org.cellscope.app.diagram.HiddenFrames;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.ObjectNode.PlainNode;
import org.cellscope.app.diagram.Slot;
import org.cellscope.trace.VarKind;

/** Sizes each node and places its parts, at the origin; the engine moves it into place. */
final class NodeSizer {

    private final TextMeasure measure;

    NodeSizer(TextMeasure measure) { this.measure = measure; }

    /**
     * Frames share one width and one value column, so that the stack reads as a table; the
     * hidden-frames markers between them are as wide, so they count towards that width.
     */
    List<NodeGeometry> frames(List<FrameBox> frames, List<HiddenFrames> hidden, double minWidth) {
        double labelWidth = 0;
        double valueWidth = MIN_VALUE_WIDTH;
        double width = Math.max(MIN_FRAME_WIDTH, minWidth);
        for (FrameBox f : frames) {
            for (FrameBox.Row r : f.rows()) {
                labelWidth = Math.max(labelWidth, text(r.slot().label()));
                valueWidth = Math.max(valueWidth, valueWidth(r.slot()));
            }
            double badge = f.badge() == null ? 0 : badgeWidth(f.badge()) + PAD;
            width = Math.max(width, 2 * PAD + measure.width(f.title(), TextStyle.TITLE) + badge);
        }
        width = Math.max(width, 2 * PAD + labelWidth + LABEL_GAP + valueWidth);
        for (HiddenFrames h : hidden) width = Math.max(width, 2 * PAD + measure.width(h.text(), TextStyle.NOTE));
        List<NodeGeometry> out = new ArrayList<>();
        for (FrameBox f : frames) out.add(frame(f, width, valueWidth));
        return out;
    }

    NodeGeometry hiddenFrames(HiddenFrames h, double width) {
        return new NodeGeometry(h.key(), new Rect(0, 0, width, HIDDEN_FRAMES), List.of(), null, null, Map.of());
    }

    private NodeGeometry frame(FrameBox f, double width, double valueWidth) {
        List<Rect> boxes = new ArrayList<>();
        Map<Integer, Double> sections = new HashMap<>();
        double y = FRAME_HEADER;
        VarKind kind = VarKind.LOCAL;
        for (int i = 0; i < f.rows().size(); i++) {
            FrameBox.Row row = f.rows().get(i);
            if (row.kind() != kind && row.kind() != VarKind.LOCAL) {
                sections.put(i, y);
                y += SECTION;
            }
            kind = row.kind();
            boxes.add(new Rect(width - PAD - valueWidth, y + (ROW - VALUE_HEIGHT) / 2, valueWidth, VALUE_HEIGHT));
            y += ROW;
        }
        Rect badge = null;
        if (f.badge() != null) {
            double bw = badgeWidth(f.badge());
            badge = new Rect(width - PAD - bw, 12, bw, 18);
        }
        return new NodeGeometry(f.key(), new Rect(0, 0, width, y + PAD / 2), boxes, null, badge, sections);
    }

    NodeGeometry object(ObjectNode node) {
        if (node instanceof FunctionNode f) return function(f);
        if (node instanceof CellNode c) return cell(c);
        if (node instanceof ContainerNode c) return container(c);
        return plain((PlainNode) node);
    }

    private NodeGeometry function(FunctionNode f) {
        double body = Math.max(MIN_FUNCTION_WIDTH, text(f.label()) + 2 * PAD);
        List<Rect> boxes = new ArrayList<>();
        double x = PAD + measure.width("defaults", TextStyle.CAPTION) + LABEL_GAP;
        for (Slot d : f.defaults()) {
            double w = valueWidth(d);
            boxes.add(new Rect(x, FUNCTION_BODY + (DEFAULTS_ROW - VALUE_HEIGHT) / 2 - 2, w, VALUE_HEIGHT));
            x += w + 6;
        }
        body = Math.max(body, x + PAD);
        double height = FUNCTION_BODY + (f.defaults().isEmpty() ? 0 : DEFAULTS_ROW);
        Rect port = f.hasClosure() ? new Rect(body - PORT_OVERLAP, 14, PORT_WIDTH, PORT_HEIGHT) : null;
        double width = port == null ? body : port.maxX();
        return new NodeGeometry(f.key(), new Rect(0, 0, width, height), boxes, port, null, Map.of());
    }

    private NodeGeometry cell(CellNode c) {
        double textWidth = measure.width(c.text(), TextStyle.CELL);
        double refWidth = c.contents().isRef() ? REF_DOT_BOX + 6 : 0;
        double width = Math.max(MIN_CELL_WIDTH, textWidth + refWidth + 56);
        // the "cell #N" tag on the left and the address on the right share the top edge
        double tag = measure.width("cell", TextStyle.CAPTION) + measure.width("#" + c.number(), TextStyle.CAPTION) + 48;
        width = Math.max(width, 22 + tag + 12 + measure.width(c.address(), TextStyle.ADDRESS) + 26);
        double pillY = CELL_TAG;
        double start = (width - textWidth - refWidth) / 2;
        Rect contents = c.contents().isRef()
                ? new Rect(start + textWidth + 6, pillY + (CELL_PILL - REF_DOT_BOX) / 2, REF_DOT_BOX, REF_DOT_BOX)
                : new Rect(start, pillY, textWidth, CELL_PILL);
        return new NodeGeometry(c.key(), new Rect(0, 0, width, pillY + CELL_PILL + CELL_BOTTOM), List.of(contents), null, null, Map.of());
    }

    private NodeGeometry container(ContainerNode c) {
        double labelWidth = 0;
        double valueWidth = MIN_VALUE_WIDTH;
        for (Slot s : c.slots()) {
            labelWidth = Math.max(labelWidth, text(s.label()));
            valueWidth = Math.max(valueWidth, valueWidth(s));
        }
        double labelColumn = labelWidth == 0 ? 0 : labelWidth + LABEL_GAP;
        double width = Math.max(2 * PAD + labelColumn + valueWidth, measure.width(c.typeLabel(), TextStyle.CAPTION) + 4);
        if (c.slots().isEmpty()) width = Math.max(width, measure.width(c.emptyText(), TextStyle.CAPTION) + 2 * PAD);
        if (c.gapAt() >= 0) width = Math.max(width, measure.width(c.hiddenText(), TextStyle.CAPTION) + 2 * PAD);
        width = Math.max(width, 64);
        List<Rect> boxes = new ArrayList<>();
        double y = TYPE_LINE;
        for (int i = 0; i < c.slots().size(); i++) {
            if (i == c.gapAt()) y += CONTAINER_ROW;
            boxes.add(new Rect(width - PAD - valueWidth, y + (CONTAINER_ROW - VALUE_HEIGHT) / 2, valueWidth, VALUE_HEIGHT));
            y += CONTAINER_ROW;
        }
        int rows = c.slots().size() + (c.gapAt() >= 0 ? 1 : 0);
        double height = TYPE_LINE + Math.max(1, rows) * CONTAINER_ROW;
        return new NodeGeometry(c.key(), new Rect(0, 0, width, height), boxes, null, null, Map.of());
    }

    private NodeGeometry plain(PlainNode p) {
        double width = Math.max(80, Math.max(text(p.repr()), measure.width(p.typeLabel(), TextStyle.CAPTION)) + 2 * PAD);
        return new NodeGeometry(p.key(), new Rect(0, 0, width, TYPE_LINE + CONTAINER_ROW + 4), List.of(), null, null, Map.of());
    }

    /** Width of a frame's header badge ("returned", an exception name); the view draws it this wide. */
    double badgeWidth(String text) {
        return measure.width(text, TextStyle.CAPTION) + 2 * BADGE_PAD;
    }

    private double valueWidth(Slot s) {
        if (s.isUnbound()) return Math.max(MIN_VALUE_WIDTH, measure.width(UNBOUND_TEXT, TextStyle.CAPTION) + 16);
        return Math.max(MIN_VALUE_WIDTH, text(s.inlineText()) + 16);
    }

    private double text(String s) { return measure.width(s, TextStyle.CODE); }
}
