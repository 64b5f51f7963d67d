package org.cellscope.eval;

/**
 * A compiled statement. Returns how control leaves it, so that loops and functions need no
 * Java exceptions for break, continue and return.
 */
@FunctionalInterface
interface Exec {
    int NORMAL = 0;
    int BREAK = 1;
    int CONTINUE = 2;
    int RETURN = 3;

    int exec(PyFrame f);
}
