package org.cellscope.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellscope.trace.Navigator;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;

/** Exports chosen steps of a trace: one PNG to a file, or several into a folder. */
public final class TraceExporter {
    private final PngExporter png = new PngExporter();

    /**
     * Writes steps first..last (1-based) and returns the files written. For one step, out is
     * the PNG file, or a folder to put {@code step-NNNN.png} in; for several it is a folder.
     */
    public List<Path> export(Trace trace, int first, int last, Path out, ExportOptions options) throws ExportException {
        boolean intoFolder = first != last || Files.isDirectory(out);
        if (intoFolder && Files.exists(out) && !Files.isDirectory(out)) {
            throw new ExportException(out + " is a file; several steps need a folder for -o");
        }
        List<Path> written = new ArrayList<>();
        Navigator navigator = Navigator.of(trace);
        StepView previous = first > 1 ? trace.step(first - 2) : null;
        for (int n = first; n <= last; n++) {
            StepView step = trace.step(n - 1);
            Path file = intoFolder ? out.resolve(StepSelection.fileName(n, trace.size())) : out;
            png.write(png.render(step, previous, trace.source(), navigator.markers(n - 1), options), file);
            written.add(file);
            previous = step;
        }
        return written;
    }
}
