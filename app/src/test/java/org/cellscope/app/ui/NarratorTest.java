package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.ExceptionView;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.Variable;
import org.cellscope.trace.VarKind;
import org.junit.jupiter.api.Test;

class NarratorTest {
    private static final long MODULE = 1, MAKER = 2, COUNTER_FRAME = 3;
    private static final HeapObject.Function MAKE_COUNTER = function(10, "make_counter", "make_counter");
    private static final HeapObject.Function COUNTER =
            function(11, "counter", "make_counter.<locals>.counter", "count", 20L);

    @Test
    void aFrameThatReturnsWhileItsCellLivesOnIsNamedWithTheCellAndItsCloser() {
        StepView atReturn = step(EventKind.RETURN, "make_counter", 12,
                List.of(module(ref("make_counter", 10)),
                        frame(MAKER, "make_counter", "make_counter", cellVar("count", 20), ref("counter", 11))),
                List.of(MAKE_COUNTER, cell(20, "count", "0", MAKER), COUNTER), null);
        StepView after = step(EventKind.LINE, "<module>", 16,
                List.of(module(ref("make_counter", 10), ref("c", 11))),
                List.of(MAKE_COUNTER, COUNTER, cell(20, "count", "0", MAKER)), null);

        assertEquals("make_counter returned. Its cell count lives on: counter closes over it.",
                Narrator.narrate(atReturn, after).text());
    }

    @Test
    void aFrameThatLeavesNoCellsIsSimplyGone() {
        long listcomp = 5;
        HeapObject.Function lambda = new HeapObject.Function(31, "<lambda>", "<listcomp>.<lambda>", 12, List.of(),
                List.of(), List.of(new Value.Prim("int", "0")));
        StepView atReturn = step(EventKind.RETURN, "<listcomp>", 12,
                List.of(module(), frame(listcomp, "<listcomp>", "<listcomp>")), List.of(lambda), null);
        StepView after = step(EventKind.LINE, "<module>", 13, List.of(module(ref("fixed", 50))), List.of(lambda), null);

        assertEquals("<listcomp> returned and its frame is gone: none of its variables was captured in a cell.",
                Narrator.narrate(atReturn, after).text());
    }

    @Test
    void lambdasMadeInAComprehensionSharingOneCellGetThePitfallAndTheFix() {
        long listcomp = 5;
        List<HeapObject> lambdas = List.of(
                function(31, "<lambda>", "<listcomp>.<lambda>", "i", 40L),
                function(32, "<lambda>", "<listcomp>.<lambda>", "i", 40L),
                function(33, "<lambda>", "<listcomp>.<lambda>", "i", 40L));
        StepView atReturn = step(EventKind.RETURN, "<listcomp>", 3,
                List.of(module(), frame(listcomp, "<listcomp>", "<listcomp>", cellVar("i", 40))),
                concat(lambdas, cell(40, "i", "2", listcomp)), null);
        StepView after = step(EventKind.LINE, "<module>", 4,
                List.of(module(ref("funcs", 50))), concat(lambdas, cell(40, "i", "2", listcomp)), null);

        assertEquals("<listcomp> returned. All 3 <lambda> functions close over one shared cell i, so each "
                        + "sees its last value, 2. To keep each value, bind it as a default: lambda i=i: i.",
                Narrator.narrate(atReturn, after).text());
    }

    @Test
    void unboundLocalErrorInANestedFunctionSuggestsNonlocal() {
        StepView raised = step(EventKind.EXCEPTION, "counter", 10,
                List.of(module(ref("make_counter", 10), ref("c", 11)),
                        frame(COUNTER_FRAME, "counter", "make_counter.<locals>.counter",
                                new Variable("count", VarKind.LOCAL, Value.UNBOUND))),
                List.of(MAKE_COUNTER, function(11, "counter", "make_counter.<locals>.counter")),
                new ExceptionView("UnboundLocalError",
                        "cannot access local variable 'count' where it is not associated with a value"));

        assertEquals("count is a local variable of counter, because counter assigns to it; reading it before "
                        + "that assignment fails. To change the enclosing function's count, declare nonlocal count "
                        + "at the top of counter.",
                Narrator.narrate(null, raised).text());
    }

    @Test
    void unboundLocalErrorForAGlobalSuggestsGlobal() {
        StepView raised = step(EventKind.EXCEPTION, "bump", 3,
                List.of(module(new Variable("total", VarKind.LOCAL, new Value.Prim("int", "0"))),
                        frame(COUNTER_FRAME, "bump", "bump", new Variable("total", VarKind.LOCAL, Value.UNBOUND))),
                List.of(), new ExceptionView("UnboundLocalError",
                        "cannot access local variable 'total' where it is not associated with a value"));

        assertEquals("total is a local variable of bump, because bump assigns to it; reading it before that "
                        + "assignment fails. To change the global total, declare global total at the top of bump.",
                Narrator.narrate(null, raised).text());
    }

    @Test
    void aCellWhoseContentsChangedSaysOldAndNewValue() {
        List<FrameView> frames = List.of(module(ref("c", 11)),
                frame(COUNTER_FRAME, "counter", "make_counter.<locals>.counter", freeVar("count", 20)));
        StepView before = step(EventKind.LINE, "counter", 9, frames, List.of(COUNTER, cell(20, "count", "0", MAKER)), null);
        StepView after = step(EventKind.LINE, "counter", 10, frames, List.of(COUNTER, cell(20, "count", "1", MAKER)), null);

        assertEquals("The cell count now holds 1 (it held 0).", Narrator.narrate(before, after).text());
    }

    @Test
    void aCallNamesTheFreeVariablesAsCells() {
        StepView call = step(EventKind.CALL, "counter", 7,
                List.of(module(ref("c", 11)),
                        frame(COUNTER_FRAME, "counter", "make_counter.<locals>.counter", freeVar("count", 20))),
                List.of(COUNTER, cell(20, "count", "0", MAKER)), null);

        assertEquals("counter starts a new frame. Its free variable count is a cell it closes over, not a copy.",
                Narrator.narrate(null, call).text());
    }

    @Test
    void aReturnSaysWhatComesBack() {
        StepView ret = new StepView(7, EventKind.RETURN, "make_counter", 12,
                List.of(module(), frame(MAKER, "make_counter", "make_counter", ref("counter", 11))),
                List.of(COUNTER), "", new Value.Ref(11), null);

        assertEquals("make_counter returns the function make_counter.<locals>.counter.", Narrator.narrate(null, ret).text());
    }

    @Test
    void anExceptionFromACalleeReachesTheCallerAndStopsTheProgram() {
        ExceptionView error = new ExceptionView("UnboundLocalError",
                "cannot access local variable 'count' where it is not associated with a value");
        StepView calleeReturns = new StepView(13, EventKind.RETURN, "counter", 10,
                List.of(module(), frame(COUNTER_FRAME, "counter", "make_counter.<locals>.counter")),
                List.of(), "", new Value.Prim("NoneType", "None"), null);
        StepView reachesModule = step(EventKind.EXCEPTION, "<module>", 18, List.of(module()), List.of(), error);
        StepView moduleReturns = new StepView(15, EventKind.RETURN, "<module>", 18, List.of(module()),
                List.of(), "", new Value.Prim("NoneType", "None"), null);

        assertEquals("After counter returns, <module> has the UnboundLocalError at line 18.",
                Narrator.narrate(calleeReturns, reachesModule).text());
        assertEquals("The program stops: nothing caught the UnboundLocalError. The traceback is in the output.",
                Narrator.narrate(reachesModule, moduleReturns).text());
    }

    @Test
    void theModuleReturningNormallyFinishesTheProgram() {
        StepView end = new StepView(44, EventKind.RETURN, "<module>", 23, List.of(module()), List.of(), "",
                new Value.Prim("NoneType", "None"), null);
        assertEquals("The program finished.", Narrator.narrate(null, end).text());
    }

    @Test
    void theModuleCallStartsTheProgram() {
        StepView start = step(EventKind.CALL, "<module>", 0, List.of(module()), List.of(), null);
        assertEquals("The program starts in the global frame. Step forward to run it line by line.",
                Narrator.narrate(null, start).text());
    }

    @Test
    void namesAreSetInCodeTypeAndCellsInCellType() {
        StepView call = step(EventKind.CALL, "f", 1, List.of(module(), frame(4, "f", "f")), List.of(), null);

        Narration n = Narrator.narrate(null, call);
        assertEquals(new Narration.Span("f", Narration.Style.CODE), n.spans().get(0));
    }

    private static StepView step(EventKind event, String code, int line, List<FrameView> frames,
                                 List<HeapObject> heap, ExceptionView exception) {
        return new StepView(0, event, code, line, frames, heap, "", null, exception);
    }

    private static FrameView module(Variable... globals) {
        return frame(MODULE, "<module>", "<module>", globals);
    }

    private static FrameView frame(long id, String name, String qualname, Variable... variables) {
        return new FrameView(id, name, qualname, 1, List.of(variables));
    }

    private static Variable ref(String name, long id) { return new Variable(name, VarKind.LOCAL, new Value.Ref(id)); }

    private static Variable cellVar(String name, long cell) { return new Variable(name, VarKind.CELL, new Value.Ref(cell)); }

    private static Variable freeVar(String name, long cell) { return new Variable(name, VarKind.FREE, new Value.Ref(cell)); }

    private static HeapObject.Cell cell(long id, String var, String intRepr, long creator) {
        return new HeapObject.Cell(id, var, new Value.Prim("int", intRepr), creator);
    }

    private static HeapObject.Function function(long id, String name, String qualname) {
        return new HeapObject.Function(id, name, qualname, 1, List.of(), List.of(), List.of());
    }

    private static HeapObject.Function function(long id, String name, String qualname, String freevar, long cell) {
        return new HeapObject.Function(id, name, qualname, 1, List.of(freevar), List.of(cell), List.of());
    }

    private static List<HeapObject> concat(List<HeapObject> objects, HeapObject more) {
        var all = new java.util.ArrayList<>(objects);
        all.add(more);
        return all;
    }
}
