package org.cellscope.app.ui;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;
import org.cellscope.Cellscope;

/**
 * Stepping buttons, the step slider with "Step N of M", the step cap, the example chooser, Open
 * and Run. It reads and drives the Session; it holds no state of its own.
 */
public final class DebugToolBar extends HBox {
    private final Session session;
    private final WindowActions actions;
    private final Slider slider = new Slider(0, 0, 0);
    private final Label stepLabel = new Label("Step 0 of 0");
    private final ComboBox<String> examples = new ComboBox<>();
    private final TextField cap = new TextField();

    DebugToolBar(Session session, WindowActions actions, List<String> exampleNames) {
        this.session = session;
        this.actions = actions;
        examples.getItems().setAll(exampleNames);
        createView();
        initListeners();
    }

    /** Shows the example chooser on this example without reopening it. */
    void selectExample(String name) {
        examples.getSelectionModel().select(examples.getItems().contains(name) ? name : null);
    }

    private void createView() {
        getStyleClass().add("debug-toolbar");
        Button first = iconButton(Icons.FIRST, "First step (Home)", session::first);
        Button back = iconButton(Icons.BACK, "Back one step (Left)", session::back);
        Button forward = iconButton(Icons.FORWARD, "Forward one step (Right)", session::forward);
        forward.getStyleClass().add("primary");
        Button last = iconButton(Icons.LAST, "Last step (End)", session::last);
        Button over = textButton(Icons.STEP_OVER, "Step over", "Run the line, calls included (F10)", session::stepOver);
        Button into = textButton(Icons.STEP_INTO, "Step into", "Go into the call this line makes (F11)", session::stepInto);
        Button out = textButton(Icons.STEP_OUT, "Step out", "Run until this frame returns (Shift+F11)", session::stepOut);
        Button backOver = iconButton(Icons.BACK_OVER, "Back over: the previous line, calls skipped (Shift+F10)", session::backOver);
        Button backOut = iconButton(Icons.BACK_OUT, "Back out: the line that called this frame", session::backOut);
        List<Button> steppers = List.of(first, back, forward, last, over, into, out, backOver, backOut);
        List<String> ids = List.of("first", "back", "forward", "last", "step-over", "step-into", "step-out",
                "back-over", "back-out");
        for (int i = 0; i < steppers.size(); i++) {
            steppers.get(i).setId(ids.get(i));
            steppers.get(i).disableProperty().bind(session.recordingProperty().isNull());
        }

        slider.getStyleClass().add("step-slider");
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMinWidth(120);
        stepLabel.getStyleClass().add("step-label");

        Label capLabel = new Label("Max steps");
        capLabel.getStyleClass().add("field-label");
        capLabel.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        UnaryOperator<TextFormatter.Change> digitsOnly = c -> c.getControlNewText().matches("\\d{0,9}") ? c : null;
        cap.setTextFormatter(new TextFormatter<>(new IntegerStringConverter(), Cellscope.DEFAULT_MAX_STEPS, digitsOnly));
        cap.setPrefColumnCount(7);
        cap.setMinWidth(Region.USE_PREF_SIZE);
        cap.setTooltip(new Tooltip("Stop recording after this many steps; Enter records again"));
        cap.getStyleClass().add("cap-field");

        examples.setPromptText("Examples");
        examples.setVisibleRowCount(12);
        examples.setConverter(new StringConverter<>() {
            @Override public String toString(String fileName) { return fileName == null ? null : exampleTitle(fileName); }

            @Override public String fromString(String title) { return title; }
        });
        examples.setTooltip(new Tooltip("Open a bundled example"));
        Button open = textButton(Icons.OPEN, "Open…", "Open a .py file (Ctrl+O)", actions::openFile);
        stepLabel.setId("step-label");
        examples.setId("examples");

        getChildren().addAll(first, back, forward, last, separator(), over, into, out, backOver, backOut,
                separator(), slider, stepLabel, separator(), examples, open, capLabel, cap);
    }

    private void initListeners() {
        session.recordingProperty().addListener((obs, old, rec) -> {
            int max = rec == null ? 0 : Math.max(0, rec.size() - 1);
            slider.setMax(max);
            slider.setDisable(max == 0);
            slider.setMajorTickUnit(Math.max(1, max / 10.0));
            updateLabel();
        });
        session.stepIndexProperty().addListener((obs, old, now) -> {
            if (Math.round(slider.getValue()) != now.intValue()) slider.setValue(now.intValue());
            updateLabel();
        });
        slider.valueProperty().addListener((obs, old, now) -> session.goTo((int) Math.round(now.doubleValue())));
        cap.setOnAction(e -> {
            Object value = cap.getTextFormatter().getValue();
            if (value instanceof Integer steps && steps > 0) {
                session.maxStepsProperty().set(steps);
                actions.run();
            }
        });
        examples.setOnAction(e -> {
            String name = examples.getValue();
            if (name != null) actions.openExample(name);
        });
    }

    private void updateLabel() {
        Recording rec = session.recordingProperty().get();
        int size = rec == null ? 0 : rec.size();
        stepLabel.setText("Step " + (size == 0 ? 0 : session.stepIndexProperty().get() + 1) + " of " + size);
    }

    /** "03_nonlocal_counter.py" -> "03 nonlocal counter". */
    static String exampleTitle(String fileName) {
        return fileName.replaceFirst("\\.py$", "").replace('_', ' ');
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button iconButton(String icon, String tooltip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.getStyleClass().add("icon-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Button textButton(String icon, String text, String tooltip, Runnable action) {
        Button b = iconButton(icon, tooltip, action);
        b.setText(text);
        b.setContentDisplay(ContentDisplay.LEFT);
        return b;
    }
}
