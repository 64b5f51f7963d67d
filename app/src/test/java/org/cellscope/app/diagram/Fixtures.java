package org.cellscope.app.diagram;

import java.util.List;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.VarKind;
import org.cellscope.trace.Variable;

/**
 * Hand-built steps of the chapter's programs, shaped as CPython 3.11 reports them (f_locals
 * order, {@code __closure__} aligned with co_freevars). The counter program is:
 * <pre>
 * def make_counter():
 *     count = 0
 *     def counter():
 *         nonlocal count
 *         count += 1
 *         return count
 *     return counter
 *
 * c = make_counter()
 * print(c(), c())
 * </pre>
 */
public final class Fixtures {
    public static final long MODULE = 1, MAKE_COUNTER_FRAME = 2, COUNTER_FRAME = 3;
    public static final long MAKE_COUNTER = 0x7f3a10a0L, COUNTER = 0x7f3a10f0L, COUNT_CELL = 0x7f3a1130L;
    public static final long LISTCOMP_FRAME = 4, FUNCS = 0x7f3a2000L, I_CELL = 0x7f3a2100L;
    public static final long RANGE_ITERATOR = 0x7f3a1f00L;
    public static final long LAMBDA0 = 0x7f3a2200L, LAMBDA1 = 0x7f3a2300L, LAMBDA2 = 0x7f3a2400L;

    private Fixtures() {}

    static Value ref(long id) { return new Value.Ref(id); }

    static Value integer(int v) { return new Value.Prim("int", String.valueOf(v)); }

    static Variable local(String name, Value v) { return new Variable(name, VarKind.LOCAL, v); }

    static HeapObject.Function makeCounterFunction() {
        return new HeapObject.Function(MAKE_COUNTER, "make_counter", "make_counter", 1, List.of(), List.of(), List.of());
    }

    static HeapObject.Function counterFunction() {
        return new HeapObject.Function(COUNTER, "counter", "make_counter.<locals>.counter", 3, List.of("count"),
                List.of(COUNT_CELL), List.of());
    }

    static HeapObject.Cell countCell(int value) {
        return new HeapObject.Cell(COUNT_CELL, "count", integer(value), MAKE_COUNTER_FRAME);
    }

    /** {@code return make_counter 7}: the frame is about to pop and returns counter. */
    public static StepView counterReturn() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 9, List.of(local("make_counter", ref(MAKE_COUNTER))));
        FrameView make = new FrameView(MAKE_COUNTER_FRAME, "make_counter", "make_counter", 7, List.of(
                local("counter", ref(COUNTER)), new Variable("count", VarKind.CELL, ref(COUNT_CELL))));
        return new StepView(7, EventKind.RETURN, "make_counter", 7, List.of(module, make),
                List.of(makeCounterFunction(), countCell(0), counterFunction()), "", ref(COUNTER), null);
    }

    /** {@code line <module> 10}, right after {@link #counterReturn()}: only the cell keeps count alive. */
    public static StepView counterAfterReturn() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 10, List.of(
                local("make_counter", ref(MAKE_COUNTER)), local("c", ref(COUNTER))));
        return new StepView(8, EventKind.LINE, "<module>", 10, List.of(module),
                List.of(makeCounterFunction(), countCell(0), counterFunction()), "", null, null);
    }

    /** {@code line counter 6} in the first call of c(): count is a free variable, the cell holds 1. */
    public static StepView counterInCall() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 10, List.of(
                local("make_counter", ref(MAKE_COUNTER)), local("c", ref(COUNTER))));
        FrameView call = new FrameView(COUNTER_FRAME, "counter", "make_counter.<locals>.counter", 6, List.of(
                new Variable("count", VarKind.FREE, ref(COUNT_CELL))));
        return new StepView(11, EventKind.LINE, "counter", 6, List.of(module, call),
                List.of(makeCounterFunction(), countCell(1), counterFunction()), "", null, null);
    }

    /** {@code return <listcomp> 1} of {@code funcs = [lambda: i for i in range(3)]}. */
    public static StepView lambdasReturn() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 1, List.of());
        FrameView comp = new FrameView(LISTCOMP_FRAME, "<listcomp>", "<listcomp>", 1, List.of(
                local(".0", ref(RANGE_ITERATOR)),
                new Variable("i", VarKind.CELL, ref(I_CELL))));
        List<HeapObject> heap = new java.util.ArrayList<>(lambdaHeap());
        heap.add(0, new HeapObject.Other(RANGE_ITERATOR, "range_iterator", "<range_iterator object at 0x7f3a1f00>"));
        return new StepView(12, EventKind.RETURN, "<listcomp>", 1, List.of(module, comp), heap, "", ref(FUNCS), null);
    }

    /** {@code return <module> 1}: three lambdas in funcs, one shared cell i = 2. */
    public static StepView lambdasDone() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 1, List.of(local("funcs", ref(FUNCS))));
        return new StepView(13, EventKind.RETURN, "<module>", 1, List.of(module), lambdaHeap(), "", new Value.Prim("NoneType", "None"), null);
    }

    private static List<HeapObject> lambdaHeap() {
        HeapObject.Cell i = new HeapObject.Cell(I_CELL, "i", integer(2), LISTCOMP_FRAME);
        return List.of(i, lambda(LAMBDA0), lambda(LAMBDA1), lambda(LAMBDA2),
                new HeapObject.Sequence(FUNCS, "list", List.of(ref(LAMBDA0), ref(LAMBDA1), ref(LAMBDA2))));
    }

    private static HeapObject.Function lambda(long id) {
        return new HeapObject.Function(id, "<lambda>", "<listcomp>.<lambda>", 1, List.of("i"), List.of(I_CELL), List.of());
    }

    /** The fix {@code [lambda i=i: i for i in range(3)]} at its end: defaults 0, 1, 2 and no cells. */
    public static StepView fixedLambdasDone() {
        FrameView module = new FrameView(MODULE, "<module>", "<module>", 1, List.of(local("funcs", ref(FUNCS))));
        List<HeapObject> heap = List.of(fixed(LAMBDA0, 0), fixed(LAMBDA1, 1), fixed(LAMBDA2, 2),
                new HeapObject.Sequence(FUNCS, "list", List.of(ref(LAMBDA0), ref(LAMBDA1), ref(LAMBDA2))));
        return new StepView(13, EventKind.RETURN, "<module>", 1, List.of(module), heap, "", new Value.Prim("NoneType", "None"), null);
    }

    private static HeapObject.Function fixed(long id, int i) {
        return new HeapObject.Function(id, "<lambda>", "<listcomp>.<lambda>", 1, List.of(), List.of(), List.of(integer(i)));
    }
}
