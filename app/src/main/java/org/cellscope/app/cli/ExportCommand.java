package org.cellscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code export FILE.py --step N|--steps A-B|--last|--all -o OUT.png|DIR}: diagrams as PNG, headless. */
@Command(name = "export", description = "Export diagrams of trace steps as PNG (no display needed).")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("export not written yet");
    }
}
