package org.cellscope.app.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.cellscope.trace.LineMarkers;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The program's source: editable, coloured, with line numbers, the green arrow on the line that
 * just ran and the red arrow on the next one. A SyntaxError is marked at its line and column.
 */
public final class CodePane extends VBox {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final Tooltip RUN_TO_LINE = new Tooltip("Click: run to the next time this line runs (Shift: back)");

    private final CodeArea area = new CodeArea();
    private final ObjectProperty<LineMarkers> markers = new SimpleObjectProperty<>(LineMarkers.NONE);
    private final IntegerProperty errorLine = new SimpleIntegerProperty(0);
    private final StringProperty title = new SimpleStringProperty("");
    private final Label hint = new Label();
    private final Button run = new Button("Run", Icons.of(Icons.RUN));
    private LineClickHandler onLineClicked = (line, backwards) -> { };

    /** A click on a line number: line is 1-based, backwards when Shift is held. */
    @FunctionalInterface
    public interface LineClickHandler {
        void clicked(int line, boolean backwards);
    }

    public CodePane() {
        createView();
        initListeners();
    }

    /** Replaces the text (a program was opened); the undo history starts afresh. */
    public void setText(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    public String getText() { return area.getText(); }

    public ObservableValue<String> textProperty() { return area.textProperty(); }

    public ObjectProperty<LineMarkers> markersProperty() { return markers; }

    public StringProperty titleProperty() { return title; }

    /** Marks a SyntaxError at a 1-based line and column (column 0: the whole line); line 0 clears. */
    public void showSyntaxError(int line, int column) {
        errorLine.set(line);
        if (line < 1 || line > area.getParagraphs().size()) return;
        int length = area.getParagraph(line - 1).length();
        int from = Math.max(0, Math.min(column - 1, length - 1));
        int to = column > 0 ? from + 1 : length;
        if (length > 0) area.setStyle(line - 1, from, to, List.of("py-error"));
        area.showParagraphInViewport(line - 1);
    }

    public void setStale(boolean stale) {
        hint.setText(stale ? "edited: the trace is stale" : "editing marks the trace stale");
        hint.pseudoClassStateChanged(STALE, stale);
        run.pseudoClassStateChanged(STALE, stale);
    }

    public void setOnLineClicked(LineClickHandler handler) { onLineClicked = handler; }

    /** The Run button; the window wires it to the session. */
    public Button runButton() { return run; }

    /** The editor, for focus and for tests. */
    public CodeArea area() { return area; }

    private void createView() {
        getStyleClass().add("code-pane");
        Label tab = new Label();
        tab.textProperty().bind(title);
        tab.getStyleClass().add("file-tab");
        hint.getStyleClass().add("stale-hint");
        setStale(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        run.setId("run");
        run.getStyleClass().add("run-button");
        run.setTooltip(new Tooltip("Record the code again (Ctrl+R, F5)"));
        run.setFocusTraversable(false);
        tab.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(tab, spacer, hint, run);
        header.getStyleClass().add("pane-header");

        area.getStyleClass().add("code-area");
        area.setParagraphGraphicFactory(this::gutter);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll, legend());
    }

    private void initListeners() {
        area.textProperty().addListener((obs, old, text) -> {
            errorLine.set(0);
            if (!text.isEmpty()) area.setStyleSpans(0, PythonHighlighter.highlight(text));
            paintLines(markers.get());
        });
        markers.addListener((obs, old, now) -> {
            paintLines(now);
            int focus = now.next() > 0 ? now.next() : now.executed();
            if (focus > 0 && focus <= area.getParagraphs().size()) area.showParagraphInViewport(focus - 1);
        });
        errorLine.addListener((obs, old, now) -> paintLines(markers.get()));
    }

    private void paintLines(LineMarkers m) {
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            int line = i + 1;
            String style = line == errorLine.get() ? "error-line"
                    : line == m.next() ? "next-line"
                    : line == m.executed() ? (m.raised() ? "raised-line" : "executed-line") : null;
            List<String> wanted = style == null ? List.of() : List.of(style);
            if (!area.getParagraph(i).getParagraphStyle().equals(wanted)) area.setParagraphStyle(i, wanted);
        }
    }

    // Bindings made with Bindings.create* hold their source weakly, so gutters scrolled away are freed.
    private Node gutter(int paragraph) {
        int line = paragraph + 1;
        Polygon executed = arrow("executed-arrow");
        executed.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> markers.get().executed() == line && !markers.get().raised(), markers));
        Polygon raised = arrow("raised-arrow");
        raised.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> markers.get().executed() == line && markers.get().raised(), markers));
        Polygon next = arrow("next-arrow");
        next.visibleProperty().bind(Bindings.createBooleanBinding(() -> markers.get().next() == line, markers));
        StackPane arrows = new StackPane(executed, raised, next);
        arrows.getStyleClass().add("arrows");
        Label number = new Label(Integer.toString(line));
        number.getStyleClass().add("line-number");
        HBox gutter = new HBox(arrows, number);
        gutter.getStyleClass().add("gutter");
        gutter.setOnMouseClicked(e -> onLineClicked.clicked(line, e.isShiftDown()));
        Tooltip.install(gutter, RUN_TO_LINE);
        return gutter;
    }

    private static HBox legend() {
        Label ran = new Label("line that just ran", arrow("executed-arrow"));
        Label next = new Label("next line to run", arrow("next-arrow"));
        HBox legend = new HBox(ran, next);
        legend.getStyleClass().add("code-legend");
        return legend;
    }

    private static Polygon arrow(String styleClass) {
        Polygon p = new Polygon(0, 5, 12, 5, 12, 0, 22, 9, 12, 18, 12, 13, 0, 13);
        p.getStyleClass().addAll("arrow", styleClass);
        return p;
    }
}
