/**
 * JavaFX on top of the layout: {@link org.cellscope.app.diagram.view.DiagramView} (nodes, curved
 * arrows, step animation, cell highlighting), {@link org.cellscope.app.diagram.view.ClosurePopover}
 * and the legend. Looks come from {@code diagram.css} style classes.
 */
package org.cellscope.app.diagram.view;
