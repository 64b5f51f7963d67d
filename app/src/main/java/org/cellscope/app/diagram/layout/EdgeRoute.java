package org.cellscope.app.diagram.layout;

import org.cellscope.app.diagram.Edge;

/** An edge of the model with its two anchors. */
public record EdgeRoute(Edge edge, Anchor from, Anchor to) {}
