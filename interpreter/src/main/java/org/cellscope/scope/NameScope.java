package org.cellscope.scope;

/**
 * Where a name lives, named as CPython's symtable names it. In a module or class body a LOCAL
 * name is a key of that body's namespace dict, as CPython's LOAD_NAME/STORE_NAME.
 */
public enum NameScope {
    /** A plain local of a function, stored in the frame's fast locals. */
    LOCAL,
    /** A local that an inner scope captures: stored in a cell the frame creates. */
    CELL,
    /** A variable of an enclosing function, reached through a cell in {@code __closure__}. */
    FREE,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound anywhere in the enclosing functions: a module global or a builtin. */
    GLOBAL_IMPLICIT
}
