package org.cellscope.app.ui;

import org.cellscope.Cellscope;
import org.cellscope.trace.Trace;

/** Records a program's trace; the window uses the interpreter, tests may pass their own. */
@FunctionalInterface
public interface Recorder {
    /** stdin: what the program's input() calls read, line by line. */
    Trace record(String source, String fileName, String stdin, int maxSteps);

    Recorder INTERPRETER = Cellscope::record;
}
