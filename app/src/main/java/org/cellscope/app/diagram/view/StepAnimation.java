package org.cellscope.app.diagram.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.cellscope.app.diagram.layout.Anchor;

/**
 * Moves every node from where it was to where the new layout puts it, fading nodes in and
 * out (a popped frame fades to a ghost, a forgotten one slides away), and redraws the arrows
 * from the moving nodes at each frame.
 */
final class StepAnimation extends Transition {

    /** When in the transition a move happens: leaving nodes clear the stage before new ones enter. */
    enum Phase {
        WHOLE, FIRST_HALF, SECOND_HALF;

        double local(double t) {
            return switch (this) {
                case WHOLE -> t;
                case FIRST_HALF -> Math.min(1, 2 * t);
                case SECOND_HALF -> Math.max(0, 2 * t - 1);
            };
        }
    }

    /** One node's path: position and opacity at the start and at the end. */
    record Move(Pane node, double x0, double y0, double x1, double y1, double opacity0, double opacity1, Phase phase) {}

    private final List<Move> moves = new ArrayList<>();
    private final List<EdgeShape> edges;
    private final Map<String, Pane> nodes;
    private final Runnable onFinish;

    StepAnimation(Duration duration, Map<String, Pane> nodes, List<EdgeShape> edges, Runnable onFinish) {
        this.nodes = nodes;
        this.edges = edges;
        this.onFinish = onFinish;
        setCycleDuration(duration);
        setInterpolator(Interpolator.EASE_BOTH);
        setOnFinished(e -> onFinish.run());
    }

    void add(Move move) { moves.add(move); }

    /** Runs the animation, or jumps to its end when there is no time to show it. */
    void start() {
        if (getCycleDuration().lessThanOrEqualTo(Duration.ZERO)) {
            interpolate(1);
            onFinish.run();
        } else {
            interpolate(0);
            play();
        }
    }

    /** Ends at once in the final state, for a new step arriving mid-animation. */
    void finish() {
        if (getStatus() == Status.RUNNING) {
            stop();
            interpolate(1);
            onFinish.run();
        }
    }

    @Override
    protected void interpolate(double t) {
        for (Move m : moves) {
            double u = m.phase().local(t);
            m.node().relocate(lerp(m.x0(), m.x1(), u), lerp(m.y0(), m.y1(), u));
            m.node().setOpacity(lerp(m.opacity0(), m.opacity1(), u));
        }
        for (EdgeShape e : edges) {
            Node from = nodes.get(e.route.from().key());
            Node to = nodes.get(e.route.to().key());
            double[] a = point(from, e.route.from());
            double[] b = point(to, e.route.to());
            e.draw(a[0], a[1], b[0], b[1]);
            e.setOpacity(Math.min(from.getOpacity(), to.getOpacity()));
        }
    }

    private static double[] point(Node node, Anchor anchor) {
        return new double[] {node.getLayoutX() + anchor.dx(), node.getLayoutY() + anchor.dy()};
    }

    private static double lerp(double a, double b, double t) { return a + (b - a) * t; }
}
