package org.cellscope.app.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the window shows the step asked for last (and any recording has finished): steps
 * are built off the FX thread, so the clicks and keys a test sends are not drawn by the time
 * the FX events they caused have run.
 */
final class ShownStep {
    private ShownStep() {}

    static StepState await(Session session) {
        WaitForAsyncUtils.waitForFxEvents(); // the clicks and keys sent have reached the session
        try {
            StepState shown = session.stepShown().get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents(); // and the diagram it drew has been laid out
            return shown;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the step asked for was not shown", e);
        }
    }
}
