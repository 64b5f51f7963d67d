package org.cellscope.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one debugger window on a file or on the default example. */
public final class CellscopeApp extends Application {
    private static final String STYLESHEET = "/org/cellscope/app/ui/cellscope.css";
    // JavaFX warns on every start that it was loaded from the classpath; that is how the jar
    // works, so keep the warning off the user's terminal. Held here so it is not collected.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** Opens the window and blocks until it is closed; file null means the default example. */
    public static void open(Path file) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        launch(CellscopeApp.class, file == null ? new String[0] : new String[] {file.toString()});
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        MainWindow window = show(stage, new Session(Recorder.INTERPRETER), Examples.names());
        if (args.isEmpty()) window.open(Examples.defaultProgram());
        else window.openPath(Path.of(args.get(0)));
    }

    /** Builds the window into stage and shows it; tests call this with their own Session. */
    public static MainWindow show(Stage stage, Session session, List<String> exampleNames) {
        MainWindow window = new MainWindow(session, exampleNames);
        // never larger than the screen (Monocle's headless screen is 1280x800)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(CellscopeApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(session.fileNameProperty().map(name -> "Cellscope — " + Path.of(name).getFileName()));
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) e.consume();
        });
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        return window;
    }
}
