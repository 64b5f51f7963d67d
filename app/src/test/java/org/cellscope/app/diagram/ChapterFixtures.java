package org.cellscope.app.diagram;

import static org.cellscope.app.diagram.Fixtures.integer;
import static org.cellscope.app.diagram.Fixtures.local;
import static org.cellscope.app.diagram.Fixtures.ref;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.VarKind;
import org.cellscope.trace.Variable;

/** More of the chapter's scenarios as hand-built steps: decorator, closure vs class, recursion. */
public final class ChapterFixtures {
    public static final long LOG_CALLS = 0x7f10a0L, GREET = 0x7f10f0L, FUNC_CELL = 0x7f1130L, WRAPPER = 0x7f1180L, ARGS = 0x7f11d0L;
    public static final long MAKE_ACC = 0x7f20a0L, TOTAL_CELL = 0x7f2130L, ADD = 0x7f2180L, ACC_CLASS = 0x7f2200L,
            INIT = 0x7f2250L, METHOD_ADD = 0x7f22a0L, INSTANCE = 0x7f2300L;
    public static final long FACT = 0x7f30a0L;

    private ChapterFixtures() {}

    private static Value str(String s) { return new Value.Prim("str", "'" + s + "'"); }

    /** {@code line wrapper 4} while {@code greet("Ada")} runs through the decorator's wrapper. */
    public static StepView decoratorInWrapper() {
        FrameView module = new FrameView(1, "<module>", "<module>", 11, List.of(
                local("log_calls", ref(LOG_CALLS)), local("greet", ref(WRAPPER))));
        FrameView wrapper = new FrameView(5, "wrapper", "log_calls.<locals>.wrapper", 4, List.of(
                local("args", ref(ARGS)), new Variable("func", VarKind.FREE, ref(FUNC_CELL))));
        List<HeapObject> heap = List.of(
                new HeapObject.Function(LOG_CALLS, "log_calls", "log_calls", 1, List.of(), List.of(), List.of()),
                new HeapObject.Function(GREET, "greet", "greet", 7, List.of(), List.of(), List.of()),
                new HeapObject.Cell(FUNC_CELL, "func", ref(GREET), 2),
                new HeapObject.Function(WRAPPER, "wrapper", "log_calls.<locals>.wrapper", 2, List.of("func"), List.of(FUNC_CELL), List.of()),
                new HeapObject.Sequence(ARGS, "tuple", List.of(str("Ada"))));
        return new StepView(14, EventKind.LINE, "wrapper", 4, List.of(module, wrapper), heap, "Calling greet\n", null, null);
    }

    /** The end of closure-vs-class: acc keeps total in a cell, obj in an attribute. */
    public static StepView accumulatorDone() {
        FrameView module = new FrameView(1, "<module>", "<module>", 18, List.of(
                local("make_accumulator", ref(MAKE_ACC)), local("Accumulator", ref(ACC_CLASS)),
                local("acc", ref(ADD)), local("obj", ref(INSTANCE))));
        List<HeapObject> heap = List.of(
                new HeapObject.Function(MAKE_ACC, "make_accumulator", "make_accumulator", 1, List.of(), List.of(), List.of()),
                new HeapObject.Function(INIT, "__init__", "Accumulator.__init__", 10, List.of(), List.of(), List.of()),
                new HeapObject.Function(METHOD_ADD, "add", "Accumulator.add", 12, List.of(), List.of(), List.of()),
                new HeapObject.ClassObject(ACC_CLASS, "Accumulator", List.of(
                        new HeapObject.Entry(str("__init__"), ref(INIT)), new HeapObject.Entry(str("add"), ref(METHOD_ADD)))),
                new HeapObject.Cell(TOTAL_CELL, "total", integer(5), 2),
                new HeapObject.Function(ADD, "add", "make_accumulator.<locals>.add", 3, List.of("total"), List.of(TOTAL_CELL), List.of()),
                new HeapObject.Instance(INSTANCE, "Accumulator", List.of(new HeapObject.Entry(str("total"), integer(5)))));
        return new StepView(30, EventKind.LINE, "<module>", 18, List.of(module), heap, "", null, null);
    }

    /** {@code fact(4)} five calls deep, the innermost about to return 1. */
    public static StepView factorialDeep() {
        List<FrameView> frames = new ArrayList<>();
        frames.add(new FrameView(1, "<module>", "<module>", 5, List.of(local("fact", ref(FACT)))));
        for (int n = 4; n >= 0; n--) frames.add(new FrameView(10 + n, "fact", "fact", n == 0 ? 3 : 4, List.of(local("n", integer(n)))));
        List<HeapObject> heap = List.of(new HeapObject.Function(FACT, "fact", "fact", 1, List.of(), List.of(), List.of()));
        return new StepView(12, EventKind.RETURN, "fact", 3, frames, heap, "", integer(1), null);
    }

    /** Scenario 4, {@code count += 1} without nonlocal: count is an unbound local of counter. */
    public static StepView unboundLocal() {
        FrameView module = new FrameView(1, "<module>", "<module>", 9, List.of(
                local("make_counter", ref(Fixtures.MAKE_COUNTER)), local("c", ref(Fixtures.COUNTER))));
        FrameView call = new FrameView(3, "counter", "make_counter.<locals>.counter", 4, List.of(local("count", Value.UNBOUND)));
        List<HeapObject> heap = List.of(
                new HeapObject.Function(Fixtures.MAKE_COUNTER, "make_counter", "make_counter", 1, List.of(), List.of(), List.of()),
                new HeapObject.Function(Fixtures.COUNTER, "counter", "make_counter.<locals>.counter", 3, List.of(), List.of(), List.of()));
        return new StepView(9, EventKind.EXCEPTION, "counter", 4, List.of(module, call), heap, "", null,
                new org.cellscope.trace.ExceptionView("UnboundLocalError", "cannot access local variable 'count' where it is not associated with a value"));
    }
}
