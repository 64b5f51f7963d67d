package org.cellscope.app.ui;

import org.cellscope.Cellscope;
import org.cellscope.trace.Trace;

/** Records a program's trace; the window uses the interpreter, tests may pass their own. */
@FunctionalInterface
public interface Recorder {
    Trace record(String source, String fileName, int maxSteps);

    Recorder INTERPRETER = (source, fileName, maxSteps) -> Cellscope.record(source, fileName, "", maxSteps);
}
