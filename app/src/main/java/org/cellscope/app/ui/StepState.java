package org.cellscope.app.ui;

import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.trace.LineMarkers;
import org.cellscope.trace.StepView;

/**
 * The one step the window shows, materialised: the step, the one before it (for narration and
 * the diagram's transitions; null at step 0), the code arrows, the narration and the diagram's
 * model. Built off the FX thread by {@link StepBuilder}.
 */
public record StepState(int index, int size, StepView step, StepView previous, LineMarkers markers,
                        Narration narration, DiagramModel diagram) {

    public boolean isLast() { return index == size - 1; }

    static StepState at(Recording recording, int index) {
        StepView step = recording.steps().step(index);
        StepView previous = index > 0 ? recording.steps().step(index - 1) : null;
        return new StepState(index, recording.size(), step, previous,
                recording.navigator().markers(index), Narrator.narrate(previous, step), DiagramModel.of(step, previous));
    }
}
