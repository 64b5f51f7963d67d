/**
 * The closure diagram of one step, free of JavaFX: {@link org.cellscope.app.diagram.DiagramModel}
 * turns a {@code StepView} (and the step before it, for frames that just returned) into frame
 * boxes, heap object nodes and arrows. {@code layout} places them, {@code view} draws them.
 */
package org.cellscope.app.diagram;
