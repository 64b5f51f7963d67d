package org.cellscope.app;

import org.cellscope.app.cli.Cli;
import org.cellscope.app.cli.Io;
import org.cellscope.app.ui.CellscopeApp;

/**
 * The jar's entry point. A plain class, not an Application: {@code java -jar} refuses to start
 * an Application main class when JavaFX is on the classpath instead of the module path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // a lambda, not CellscopeApp::open: run, trace and export then never load JavaFX's classes
        System.exit(Cli.execute(args, Io.system(), file -> CellscopeApp.open(file)));
    }
}
