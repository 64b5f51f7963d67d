package org.cellscope.scope;

/** The facts phase 1 records per name per block: the DEF_* bits of CPython's symtable.h. */
final class SymbolFlags {
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 1 << 1;
    static final int DEF_PARAM = 1 << 2;
    static final int DEF_NONLOCAL = 1 << 3;
    static final int USE = 1 << 4;
    /** A class binds the name and one of its methods needs it from an enclosing function. */
    static final int DEF_FREE_CLASS = 1 << 5;
    static final int DEF_IMPORT = 1 << 6;
    static final int DEF_ANNOT = 1 << 7;
    static final int DEF_COMP_ITER = 1 << 8;

    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private SymbolFlags() {}
}
