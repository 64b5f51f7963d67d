package org.cellscope.app.diagram.layout;

import org.cellscope.app.diagram.Edge;

/**
 * An edge of the model with its two anchors. underY, when not NaN, is a y the curve must pass
 * below at its middle, to go under the objects between its ends instead of behind them.
 */
public record EdgeRoute(Edge edge, Anchor from, Anchor to, double underY) {}
