package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Survivors;
import org.cellscope.trace.Survivors.Survivor;
import org.cellscope.trace.Value;
import org.cellscope.trace.Variable;
import org.cellscope.trace.VarKind;

/**
 * Says in a sentence what the step from previous to current means for closures: a frame that
 * returned while its cells live on, the loop-lambda pitfall, a cell whose value changed; errors
 * (UnboundLocalError and its fix) are worded by {@link ErrorNarration}. The same pair of steps always gets the same sentence, whichever way
 * the learner stepped.
 */
public final class Narrator {
    private Narrator() {}

    /** previous is null at the first step. */
    public static Narration narrate(StepView previous, StepView current) {
        if (current.event() == EventKind.EXCEPTION) {
            boolean propagated = previous != null && previous.event() == EventKind.RETURN;
            return propagated ? ErrorNarration.propagated(previous, current) : ErrorNarration.exception(current);
        }
        if (current.event() == EventKind.RETURN && previous != null && previous.event() == EventKind.EXCEPTION
                && previous.codeName().equals(current.codeName())) {
            return ErrorNarration.stopped(current, previous.exception().typeName());
        }
        boolean programEnds = current.event() == EventKind.RETURN && current.frames().size() == 1;
        if (programEnds) return Narration.builder().text("The program finished.").build();
        if (previous != null) {
            Narration survived = poppedFrameWithCells(previous, current);
            if (survived != null) return survived;
            Narration changed = changedCell(previous, current);
            if (changed != null) return changed;
            FrameView gone = firstPopped(previous, current);
            if (gone != null && current.event() == EventKind.LINE) return gone(gone);
        }
        if (current.event() == EventKind.CALL) return call(current);
        if (current.event() == EventKind.RETURN) return ret(current);
        return next(current);
    }

    private static Narration poppedFrameWithCells(StepView previous, StepView current) {
        List<Survivor> survivors = Survivors.of(previous, current);
        Set<Long> alive = frameIds(current);
        for (FrameView frame : previous.frames()) {
            if (alive.contains(frame.id())) continue;
            List<Survivor> own = survivors.stream().filter(s -> s.cell().creatorFrameId() == frame.id()).toList();
            if (!own.isEmpty()) return survivingCells(current, frame, own);
            Narration returned = returnedClosure(previous, frame);
            if (returned != null) return returned;
        }
        return null;
    }

    /**
     * The frame returned a closure over its own cells that nothing names yet (a decorator's
     * result before it is bound): only the step before still shows the function and the cells.
     */
    private static Narration returnedClosure(StepView previous, FrameView frame) {
        if (previous.event() != EventKind.RETURN || previous.activeFrame().id() != frame.id()) return null;
        if (!(previous.returnValue() instanceof Value.Ref ref)) return null;
        if (!(previous.object(ref.id()) instanceof HeapObject.Function f)) return null;
        List<String> captured = new ArrayList<>();
        for (HeapObject.Cell cell : cellsCreatedBy(previous, frame.id())) {
            if (f.closure().contains(cell.id())) captured.add(cell.varName());
        }
        if (captured.isEmpty()) return null;
        var b = Narration.builder().code(frame.name()).text(" returned ").code(f.name())
                .text(captured.size() == 1 ? ", which closes over its cell " : ", which closes over its cells ");
        for (int i = 0; i < captured.size(); i++) {
            if (i > 0) b.text(i == captured.size() - 1 ? " and " : ", ");
            b.cell(captured.get(i));
        }
        return b.text(captured.size() == 1 ? ": the cell outlives the frame." : ": the cells outlive the frame.").build();
    }

    private static Narration gone(FrameView frame) {
        boolean hadCells = frame.variables().stream().anyMatch(v -> v.kind() == VarKind.CELL);
        return Narration.builder().code(frame.name()).text(hadCells
                ? " returned; nothing refers to its cells any more, so they are gone with its frame."
                : " returned and its frame is gone: none of its variables was captured in a cell.").build();
    }

    private static FrameView firstPopped(StepView previous, StepView current) {
        Set<Long> alive = frameIds(current);
        return previous.frames().stream().filter(f -> !alive.contains(f.id())).findFirst().orElse(null);
    }

    private static Set<Long> frameIds(StepView step) {
        Set<Long> ids = new HashSet<>();
        for (FrameView f : step.frames()) ids.add(f.id());
        return ids;
    }

    private static Narration survivingCells(StepView step, FrameView popped, List<Survivor> survivors) {
        for (Survivor s : survivors) {
            List<HeapObject.Function> closers = closers(step, s);
            if (closers.size() > 1 && closers.stream().map(HeapObject.Function::qualname).distinct().count() == 1) {
                return sharedCellPitfall(step, popped, s.cell(), closers);
            }
        }
        Set<String> closerNames = new LinkedHashSet<>();
        List<String> cellNames = new ArrayList<>();
        for (Survivor s : survivors) {
            cellNames.add(s.cell().varName());
            for (HeapObject.Function f : closers(step, s)) closerNames.add(f.name());
        }
        boolean one = survivors.size() == 1;
        var b = Narration.builder().code(popped.name()).text(" returned. Its " + (one ? "cell " : "cells "));
        for (int i = 0; i < cellNames.size(); i++) {
            if (i > 0) b.text(i == cellNames.size() - 1 ? " and " : ", ");
            b.cell(cellNames.get(i));
        }
        b.text(one ? " lives on" : " live on");
        if (closerNames.isEmpty()) return b.text(".").build();
        return b.text(": ").codeList(List.copyOf(closerNames))
                .text((closerNames.size() == 1 ? " closes" : " close") + " over " + (one ? "it." : "them.")).build();
    }

    private static List<HeapObject.Function> closers(StepView step, Survivor s) {
        return s.closures().stream().map(id -> (HeapObject.Function) step.object(id)).toList();
    }

    private static Narration sharedCellPitfall(StepView step, FrameView popped, HeapObject.Cell cell,
                                               List<HeapObject.Function> closers) {
        String var = cell.varName();
        String function = closers.get(0).name();
        String fix = function.equals("<lambda>") ? "lambda " + var + "=" + var + ": " + var : var + "=" + var;
        return Narration.builder().warning().code(popped.name()).text(" returned. All " + closers.size() + " ")
                .code(function).text(" functions close over one shared cell ").cell(var)
                .text(", so each sees its last value, " + describe(step, cell.contents())
                        + ". To keep each value, bind it as a default: ")
                .code(fix).text(".").build();
    }

    private static Narration changedCell(StepView previous, StepView current) {
        for (HeapObject object : current.heap()) {
            if (!(object instanceof HeapObject.Cell cell)) continue;
            if (!(previous.object(cell.id()) instanceof HeapObject.Cell before)) continue;
            if (!before.contents().equals(cell.contents())) {
                var b = Narration.builder().text("The cell ").cell(cell.varName())
                        .text(" now holds " + describe(current, cell.contents()));
                if (!(before.contents() instanceof Value.Unbound)) b.text(" (it held " + describe(previous, before.contents()) + ")");
                return b.text(".").build();
            }
            Narration grown = grownContainer(previous, current, cell);
            if (grown != null) return grown;
        }
        return null;
    }

    /** The cell still holds the same dict or list, but it has more or fewer items (a cache). */
    private static Narration grownContainer(StepView previous, StepView current, HeapObject.Cell cell) {
        if (!(cell.contents() instanceof Value.Ref ref)) return null;
        int now = size(current.object(ref.id()));
        int before = size(previous.object(ref.id()));
        if (now < 0 || before < 0 || now == before) return null;
        String type = current.object(ref.id()).typeName();
        return Narration.builder().text("The " + type + " in cell ").cell(cell.varName())
                .text(" now has " + now + (now == 1 ? " item" : " items") + " (it had " + before + ").").build();
    }

    private static int size(HeapObject object) {
        if (object instanceof HeapObject.Dict d) return d.entries().size();
        if (object instanceof HeapObject.Sequence s) return s.items().size();
        return -1;
    }

    private static Narration call(StepView step) {
        FrameView frame = step.activeFrame();
        if (step.frames().size() == 1) {
            return Narration.builder().text("The program starts in the global frame. Step forward to run it line by line.")
                    .build();
        }
        var b = Narration.builder().code(frame.name()).text(" starts a new frame.");
        List<Variable> free = frame.variables().stream().filter(v -> v.kind() == VarKind.FREE).toList();
        if (free.isEmpty()) return b.build();
        b.text(free.size() == 1 ? " Its free variable " : " Its free variables ");
        b.codeList(free.stream().map(Variable::name).toList());
        return b.text(free.size() == 1 ? " is a cell it closes over, not a copy." : " are cells it closes over, not copies.").build();
    }

    private static Narration ret(StepView step) {
        Value value = step.returnValue() == null ? Value.UNBOUND : step.returnValue();
        return Narration.builder().code(step.codeName()).text(" returns " + describe(step, value) + ".").build();
    }

    private static Narration next(StepView step) {
        return Narration.builder().text("Next: line " + step.line() + " of ").code(step.codeName()).text(".").build();
    }

    private static List<HeapObject.Cell> cellsCreatedBy(StepView step, long frameId) {
        List<HeapObject.Cell> cells = new ArrayList<>();
        for (HeapObject o : step.heap()) {
            if (o instanceof HeapObject.Cell c && c.creatorFrameId() == frameId) cells.add(c);
        }
        return cells;
    }

    /** A value as prose: a repr, "function make_counter.<locals>.counter", "a list". */
    static String describe(StepView step, Value value) {
        if (value instanceof Value.Prim p) return p.repr();
        if (value instanceof Value.Ref r) {
            HeapObject o = step.object(r.id());
            if (o instanceof HeapObject.Function f) return "the function " + f.qualname();
            return o == null ? "an object" : "a " + o.typeName();
        }
        return "nothing";
    }
}
