package org.cellscope.app.ui;

import java.nio.file.Path;

/**
 * A program the window can open: a bundled example (path null) or a file. fileName is what
 * tracebacks show, title what the tab shows.
 */
public record Program(String title, String fileName, String text, Path path) {}
