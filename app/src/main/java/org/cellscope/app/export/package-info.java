/**
 * PNGs of trace steps without a display: {@link org.cellscope.app.export.PngExporter} snapshots the
 * window's own {@code DiagramView} under Monocle, {@link org.cellscope.app.export.TraceExporter}
 * writes chosen steps to files; failures are {@link org.cellscope.app.export.ExportException}s.
 * Callers in the window should run exports off the JavaFX thread.
 */
package org.cellscope.app.export;
