/**
 * Pure positions and sizes for a {@link org.cellscope.app.diagram.DiagramModel}: frames in a column
 * on the left, objects in columns by distance from the frames, cells beside the closures holding
 * them, and the previous step's places kept so that stepping does not make the picture jump.
 * Text widths come through {@link org.cellscope.app.diagram.layout.TextMeasure}, so tests run
 * without JavaFX.
 */
package org.cellscope.app.diagram.layout;
