package org.cellscope.trace;

import java.util.List;

/**
 * A frame at one step. id is stable for the frame's whole life. variables come in CPython's
 * {@code f_locals} order: arguments and plain locals, then cell variables, then free variables.
 * For the module frame, variables are the globals.
 */
public record FrameView(long id, String name, String qualname, int line, List<Variable> variables) {}
