package org.cellscope.trace;

/**
 * One frame on the recorded stack, linked to its caller. Steps share nodes: a step stores only
 * the node of its top frame, and a call adds one node.
 */
record StackNode(RecordedFrame frame, StackNode caller, int callerLine) {}
