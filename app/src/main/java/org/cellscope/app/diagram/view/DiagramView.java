package org.cellscope.app.diagram.view;

import static org.cellscope.app.diagram.layout.Metrics.MARGIN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.FrameBox;
import org.cellscope.app.diagram.HiddenFrames;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.NodeGeometry;
import org.cellscope.app.diagram.layout.Rect;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.cellscope.trace.StepView;

/**
 * The diagram of one step: frames on the left, heap objects on the right, arrows between them.
 * Stepping animates the change; clicking a function opens its {@link ClosurePopover} (or calls
 * the handler set with {@link #setOnFunctionClicked}); clicking a cell highlights the closures
 * holding it.
 */
public class DiagramView extends Region {
    static final double GHOST_OPACITY = 0.4;
    private static final double SLIDE = 28;
    private static final double LEGEND_HEIGHT = 40;
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** An object whose contents differ from the previous step shown: a cell just written, a list just appended to. */
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    /** The node's properties key for what it was last drawn from. */
    private static final String DRAWN = "cellscope.drawn";

    private final Pane canvas = new Pane();
    private final Group edgeLayer = new Group();
    private final Pane nodeLayer = new Pane();
    private final Label framesCaption = Parts.label("FRAMES", "column-caption");
    private final Label objectsCaption = Parts.label("OBJECTS", "column-caption");
    private final Legend legend = new Legend();
    private final TextMeasure measure = new FxTextMeasure();
    private final Map<String, Pane> nodes = new HashMap<>();
    private final List<EdgeShape> edges = new ArrayList<>();
    private final ObjectProperty<Duration> animationDuration = new SimpleObjectProperty<>(this, "animationDuration", Duration.millis(450));
    private final ReadOnlyObjectWrapper<DiagramModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Long> highlightedCell = new ReadOnlyObjectWrapper<>(this, "highlightedCell");
    private Consumer<FunctionNode> onFunctionClicked;
    private Layout layout;
    private StepAnimation animation;
    private ClosurePopover popover;

    public DiagramView() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("diagram");
        getStylesheets().add(Objects.requireNonNull(DiagramView.class.getResource("/org/cellscope/app/diagram/diagram.css")).toExternalForm());
        nodeLayer.setPickOnBounds(false);
        canvas.getChildren().addAll(framesCaption, objectsCaption, edgeLayer, nodeLayer, legend);
        getChildren().add(canvas);
    }

    private void initListeners() {
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() == canvas) setHighlightedCell(null);
        });
        highlightedCell.addListener((obs, old, now) -> applyHighlight());
    }

    /**
     * Shows step; previous is the step shown before it, for ghosts, animation and keeping
     * objects in place, or null to start afresh (a new program, the first step). A null step
     * clears the diagram (no program, or a program that did not compile).
     */
    public void show(StepView step, StepView previous) {
        show(step == null ? null : DiagramModel.of(step, previous));
    }

    /** Shows a model built beforehand (off the FX thread, by the window); null clears the diagram. */
    public void show(DiagramModel next) {
        if (animation != null) animation.finish();
        if (popover != null) popover.hide();
        if (next == null) {
            clear();
            return;
        }
        Layout nextLayout = Layout.of(next, measure, next.afresh() ? null : layout);
        List<Pane> leaving = new ArrayList<>();
        animation = new StepAnimation(getAnimationDuration(), nodes, edges, () -> nodeLayer.getChildren().removeAll(leaving));
        for (var entry : new ArrayList<>(nodes.entrySet())) {
            if (!nextLayout.nodes().containsKey(entry.getKey())) {
                Pane gone = entry.getValue();
                double slide = DiagramModel.isObjectKey(entry.getKey()) ? 0 : -SLIDE;
                animation.add(new StepAnimation.Move(gone, gone.getLayoutX(), gone.getLayoutY(),
                        gone.getLayoutX() + slide, gone.getLayoutY(), gone.getOpacity(), 0, StepAnimation.Phase.FIRST_HALF));
                nodes.remove(entry.getKey());
                leaving.add(gone);
            }
        }
        for (FrameBox f : next.frames()) update(f.key(), f, nextLayout.node(f.key()), f.isGhost() ? GHOST_OPACITY : 1,
                pane -> FrameNodes.fill(pane, f, nextLayout.node(f.key())));
        for (HiddenFrames h : next.hiddenFrames()) update(h.key(), h, nextLayout.node(h.key()), 1,
                pane -> FrameNodes.fillHidden(pane, h, nextLayout.node(h.key())));
        for (ObjectNode o : next.objects()) update(o.key(), o, nextLayout.node(o.key()), 1, pane -> fillObject(pane, o, nextLayout));
        Map<Object, EdgeShape> reusable = new HashMap<>();
        for (EdgeShape e : edges) reusable.put(e.getProperties().get(DRAWN), e);
        edges.clear();
        Set<String> waiting = new HashSet<>();
        for (FrameBox f : next.frames()) if (f.status() == FrameBox.Status.WAITING) waiting.add(f.key());
        for (var r : nextLayout.routes()) {
            EdgeShape.LabelPlace place = labelPlace(r.edge(), next);
            // deep recursion fans many frames' arrows into one cell; the callers' arrows step back
            boolean lighter = waiting.contains(r.edge().fromKey()) && next.object(r.edge().targetId()).orElse(null) instanceof CellNode;
            List<Object> drawn = List.of(r, place, lighter);
            EdgeShape shape = reusable.remove(drawn);
            if (shape == null) {
                shape = new EdgeShape(r, place);
                if (lighter) shape.getStyleClass().add("from-waiting");
                shape.getProperties().put(DRAWN, drawn);
            }
            edges.add(shape);
        }
        edgeLayer.getChildren().setAll(edges);
        framesCaption.relocate(MARGIN + 2, MARGIN);
        objectsCaption.relocate(nextLayout.objectsX() + 2, MARGIN);
        legend.relocate(MARGIN, nextLayout.height());
        layout = nextLayout;
        requestLayout();
        model.set(next);
        if (highlightedCell.get() != null && next.object(highlightedCell.get()).isEmpty()) highlightedCell.set(null);
        applyHighlight();
        markChanged(next);
        animation.start();
    }

    private void clear() {
        nodes.clear();
        nodeLayer.getChildren().clear();
        edges.clear();
        edgeLayer.getChildren().clear();
        layout = null;
        model.set(null);
        highlightedCell.set(null);
        requestLayout();
    }

    /**
     * Closure arrows are labelled {@code __closure__[i]}: by the port for a one-cell closure, by
     * the cells for several; not at all where several closures converge on one cell.
     */
    private static EdgeShape.LabelPlace labelPlace(Edge edge, DiagramModel model) {
        if (edge.kind() != Edge.Kind.CLOSURE || model.closuresHolding(edge.targetId()).size() > 1) return EdgeShape.LabelPlace.NONE;
        FunctionNode f = (FunctionNode) model.objectAt(edge.fromKey()).orElseThrow();
        return f.closure().size() > 1 ? EdgeShape.LabelPlace.END : EdgeShape.LabelPlace.START;
    }

    /** Reuses the node of the same frame or object so that it can move instead of blinking. */
    private void update(String key, Object content, NodeGeometry g, double opacity, Consumer<Pane> fill) {
        Pane pane = nodes.get(key);
        Rect to = g.bounds();
        boolean frame = !DiagramModel.isObjectKey(key);
        double x0 = to.x(), y0 = to.y(), opacity0 = 0;
        StepAnimation.Phase phase = StepAnimation.Phase.SECOND_HALF;
        if (pane == null) {
            pane = new Pane();
            pane.setPickOnBounds(false);
            nodes.put(key, pane);
            nodeLayer.getChildren().add(pane);
            if (frame) x0 -= SLIDE;
        } else {
            phase = StepAnimation.Phase.WHOLE;
            opacity0 = pane.getOpacity();
            // frames take their new place at once: they resize at once, and sliding would overlap
            if (!frame) {
                x0 = pane.getLayoutX();
                y0 = pane.getLayoutY();
            }
        }
        pane.setMinSize(to.w(), to.h());
        pane.setPrefSize(to.w(), to.h());
        pane.setMaxSize(to.w(), to.h());
        // most nodes look the same from one step to the next: rebuilding them all made big heaps slow
        List<Object> drawn = List.of(content, g.at(0, 0));
        if (!drawn.equals(pane.getProperties().get(DRAWN))) {
            fill.accept(pane);
            pane.getProperties().put(DRAWN, drawn);
        }
        animation.add(new StepAnimation.Move(pane, x0, y0, to.x(), to.y(), opacity0, opacity, phase));
    }

    private void fillObject(Pane pane, ObjectNode o, Layout l) {
        ObjectNodes.fill(pane, o, l.node(o.key()));
        pane.setOnMouseClicked(null);
        if (o instanceof FunctionNode f) {
            pane.setOnMouseClicked(e -> functionClicked(f, pane));
        } else if (o instanceof CellNode c) {
            pane.setOnMouseClicked(e -> setHighlightedCell(Objects.equals(highlightedCell.get(), c.id()) ? null : c.id()));
        }
    }

    private void functionClicked(FunctionNode f, Pane pane) {
        if (onFunctionClicked != null) {
            onFunctionClicked.accept(f);
            return;
        }
        if (popover != null) popover.hide();
        popover = new ClosurePopover(f, model.get(), this::setHighlightedCell);
        popover.show(pane);
    }

    private void markChanged(DiagramModel m) {
        for (ObjectNode o : m.objects()) nodes.get(o.key()).pseudoClassStateChanged(CHANGED, m.changed().contains(o.id()));
    }

    private void applyHighlight() {
        Long cell = highlightedCell.get();
        DiagramModel m = model.get();
        for (var entry : nodes.entrySet()) {
            boolean on = cell != null && m != null && (entry.getKey().equals(DiagramModel.objectKey(cell))
                    || m.closuresHolding(cell).stream().anyMatch(f -> f.key().equals(entry.getKey())));
            entry.getValue().pseudoClassStateChanged(HIGHLIGHTED, on);
        }
        for (EdgeShape e : edges) {
            Edge edge = e.edge();
            boolean on = cell != null && (edge.targetId() == cell || edge.fromKey().equals(DiagramModel.objectKey(cell)));
            e.pseudoClassStateChanged(HIGHLIGHTED, on);
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.resizeRelocate(0, 0, getWidth(), getHeight());
        legend.autosize();
    }

    /** Wide enough for the layout and for the legend under it. */
    @Override
    protected double computePrefWidth(double height) {
        double diagram = layout == null ? 0 : layout.width();
        return Math.max(diagram, 2 * MARGIN + legend.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return (layout == null ? MARGIN : layout.height()) + LEGEND_HEIGHT + MARGIN / 2;
    }

    /** Replaces the default (the closure popover); null restores it. */
    public void setOnFunctionClicked(Consumer<FunctionNode> handler) { this.onFunctionClicked = handler; }

    public ObjectProperty<Duration> animationDurationProperty() { return animationDuration; }

    public Duration getAnimationDuration() { return animationDuration.get(); }

    /** How long a step's transition lasts; zero shows the new step at once (tests, export). */
    public void setAnimationDuration(Duration d) { animationDuration.set(d); }

    /** The model of the step shown, or null before the first {@link #show}. */
    public ReadOnlyObjectProperty<DiagramModel> modelProperty() { return model.getReadOnlyProperty(); }

    public DiagramModel getModel() { return model.get(); }

    /** The cell whose closures and arrows are highlighted, or null. */
    public ReadOnlyObjectProperty<Long> highlightedCellProperty() { return highlightedCell.getReadOnlyProperty(); }

    public Long getHighlightedCell() { return highlightedCell.get(); }

    public void setHighlightedCell(Long cellId) { highlightedCell.set(cellId); }

    /** Where a node is drawn now; for tests and for the window's "reveal" actions. */
    public javafx.scene.Node nodeFor(String key) { return nodes.get(key); }
}
