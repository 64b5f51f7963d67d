package org.cellscope.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cellscope.app.diagram.view.DiagramView;
import org.cellscope.trace.LineMarkers;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;

/**
 * The debugger window: toolbar on top, code and output on the left, the diagram on the right,
 * narration and status at the bottom. It wires the views to the Session; its Workspace keeps the
 * user's edits of every program opened in this window, so switching programs never loses them.
 */
public final class MainWindow extends BorderPane implements WindowActions {
    private static final Narration STALE = Narration.builder().warning()
            .text("You edited the code, so this trace is out of date. Press ").code("Run")
            .text(" (Ctrl+R) to record it again.").build();

    private final Session session;
    private final CodePane code = new CodePane();
    private final OutputConsole console = new OutputConsole();
    private final ProgramInput input;
    private final DiagramView diagram = new DiagramView();
    private final NarrationBanner narration = new NarrationBanner();
    private final StatusBar status = new StatusBar();
    private final DebugToolBar toolbar;
    private final Workspace workspace = new Workspace();
    /** The step the diagram shows, so that stale or busy changes do not redraw it. */
    private StepView diagramStep;

    public MainWindow(Session session, List<String> exampleNames) {
        this.session = session;
        this.toolbar = new DebugToolBar(session, this, exampleNames);
        this.input = new ProgramInput(session);
        createView();
        initListeners();
    }

    /** Opens a program: the editor shows it (or the user's edits of it) and it is recorded. */
    public void open(Program next) {
        String text = workspace.switchTo(next, code.getText());
        toolbar.selectExample(next.path() == null ? next.fileName() : null);
        code.titleProperty().set(next.title());
        code.markersProperty().set(LineMarkers.NONE); // the old program's arrows, until the new recording
        code.setText(text);
        console.show("", "");
        session.record(text, next.fileName(), true);
    }

    @Override
    public void run() {
        Program program = workspace.current();
        if (program != null) session.record(code.getText(), program.fileName(), false);
    }

    /** Saves the editor's text to the program's file, asking for one for a bundled example. */
    @Override
    public void save() {
        Program program = workspace.current();
        if (program == null) return;
        Path target = program.path() != null ? program.path()
                : ProgramFiles.chooseToSave(getScene().getWindow(), program.title()).orElse(null);
        if (target == null) return;
        try {
            ProgramFiles.write(target, code.getText());
        } catch (IOException | RuntimeException e) {
            new Alert(Alert.AlertType.ERROR, "Could not save " + target + ": " + e.getMessage()).showAndWait();
            return;
        }
        if (target.equals(program.path())) {
            workspace.saved(program, code.getText());
        } else {
            Program saved = ProgramFiles.program(target, code.getText());
            workspace.savedAs(program, saved, code.getText());
            code.titleProperty().set(saved.title());
            toolbar.selectExample(null);
            run();
        }
    }

    /** True when the window may close: nothing is unsaved, or the user chose to discard it. */
    public boolean confirmClose() {
        List<Program> unsaved = workspace.unsaved(code.getText());
        if (unsaved.isEmpty()) return true;
        String names = String.join(", ", unsaved.stream().map(Program::title).toList());
        ButtonType discard = new ButtonType("Close without saving", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits to " + names + " are not saved.",
                discard, ButtonType.CANCEL);
        alert.setHeaderText("Close Cellscope?");
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    @Override
    public void openFile() {
        ProgramFiles.chooseToOpen(getScene().getWindow()).ifPresent(this::openPath);
    }

    /** Opens a file; a file that cannot be read is reported in the console, the editor untouched. */
    public void openPath(Path path) {
        try {
            open(ProgramFiles.read(path));
        } catch (IOException | RuntimeException e) {
            console.show("", "cellscope: can't open file '" + path + "'\n");
        }
    }

    @Override
    public void openExample(String name) {
        Program program = workspace.current();
        if (program == null || !name.equals(program.fileName())) open(Examples.load(name));
    }

    public Session session() { return session; }

    public CodePane code() { return code; }

    public StatusBar status() { return status; }

    public NarrationBanner narration() { return narration; }

    public OutputConsole console() { return console; }

    public ProgramInput input() { return input; }

    public DiagramView diagram() { return diagram; }

    private void createView() {
        getStyleClass().add("main-window");
        // the program input sits under the output it feeds, at its own height
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(console, input);
        javafx.scene.layout.VBox.setVgrow(console, javafx.scene.layout.Priority.ALWAYS);
        SplitPane left = new SplitPane(code, bottom);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.66);
        // The diagram side takes focus on a click, so the arrow keys step instead of moving the caret.
        StackPane diagramHolder = new StackPane(new DiagramViewport(diagram));
        diagramHolder.setId("diagram");
        diagramHolder.setFocusTraversable(true);
        diagramHolder.setOnMousePressed(e -> diagramHolder.requestFocus());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) Platform.runLater(diagramHolder::requestFocus);
        });
        SplitPane main = new SplitPane(left, diagramHolder);
        main.setDividerPositions(0.38);
        setTop(toolbar);
        setCenter(main);
        setBottom(new VBox(narration, status));
    }

    private void initListeners() {
        code.textProperty().addListener((obs, old, text) -> session.sourceEdited(text));
        code.runButton().setOnAction(e -> run());
        code.setOnLineClicked(session::runToLine);
        code.runButton().disableProperty().bind(session.busyProperty());
        session.currentProperty().addListener((obs, old, now) -> showStep());
        session.staleProperty().addListener((obs, old, now) -> {
            code.setStale(now);
            showStep();
        });
        session.busyProperty().addListener((obs, old, now) -> showStep());
        session.failureProperty().addListener((obs, old, now) -> showStep());
        session.stepFailureProperty().addListener((obs, old, now) -> {
            if (now != null) status.show(now, "", true);
        });
        KeyBindings.install(this, session, this);
    }

    /** Brings every view to the session's current step, or to the SyntaxError of an empty trace. */
    private void showStep() {
        StepState state = session.currentProperty().get();
        Recording recording = session.recordingProperty().get();
        boolean stale = session.staleProperty().get();
        if (session.failureProperty().get() != null) {
            console.show("", session.failureProperty().get() + "\n");
            status.show("Recording failed", "", true);
            return;
        }
        if (session.busyProperty().get()) {
            status.show("Recording…", "", true);
            return;
        }
        if (state == null) {
            showEmptyTrace(recording);
            return;
        }
        Trace trace = recording.trace();
        code.markersProperty().set(stale ? LineMarkers.NONE : state.markers());
        console.show(state.step().output(), state.isLast() ? trace.errorOutput() : "");
        diagram.setVisible(true);
        // the step before, not the one shown before: the frame that just returned is drawn as a
        // ghost however the learner got here, as the narration describes it
        if (state.step() != diagramStep) diagram.show(state.diagram());
        diagramStep = state.step();
        narration.show(stale ? STALE : state.narration());
        status.show(StatusBar.describe(state, stale, trace.truncated()), StatusBar.counts(state), stale);
    }

    private void showEmptyTrace(Recording recording) {
        code.markersProperty().set(LineMarkers.NONE);
        narration.show(null);
        diagram.setVisible(false); // no step to draw (a SyntaxError, or nothing recorded yet)
        diagramStep = null;
        if (recording == null) return;
        String report = recording.trace().errorOutput();
        console.show("", report);
        SyntaxErrorLocation where = SyntaxErrorLocation.find(report, recording.source());
        if (where != null && !session.staleProperty().get()) code.showSyntaxError(where.line(), where.column());
        String what = report.isBlank() ? "No steps recorded" : report.strip().lines().reduce((a, b) -> b).orElse("");
        status.show(what + (where == null ? "" : " · line " + where.line() + (where.column() > 0 ? ", column " + where.column() : "")),
                "", true);
    }
}
