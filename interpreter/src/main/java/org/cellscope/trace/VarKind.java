package org.cellscope.trace;

/** How a frame holds a variable; CELL and FREE variables are bound to a cell object. */
public enum VarKind { LOCAL, CELL, FREE }
