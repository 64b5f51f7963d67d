package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.Variable;
import org.cellscope.trace.VarKind;

/**
 * Says in a sentence what the step from previous to current means for closures: a frame that
 * returned while its cells live on, the loop-lambda pitfall, UnboundLocalError and its fix, a
 * cell whose value changed. The same pair of steps always gets the same sentence, whichever way
 * the learner stepped.
 */
public final class Narrator {
    private static final Pattern UNBOUND_LOCAL = Pattern.compile("local variable '([^']+)'");

    private Narrator() {}

    /** previous is null at the first step. */
    public static Narration narrate(StepView previous, StepView current) {
        if (current.event() == EventKind.EXCEPTION) {
            boolean propagated = previous != null && previous.event() == EventKind.RETURN;
            return propagated ? propagated(previous, current) : exception(current);
        }
        if (current.event() == EventKind.RETURN && previous != null && previous.event() == EventKind.EXCEPTION
                && previous.codeName().equals(current.codeName())) {
            return stopped(current, previous.exception().typeName());
        }
        boolean programEnds = current.event() == EventKind.RETURN && current.frames().size() == 1;
        if (programEnds) return Narration.builder().text("The program finished.").build();
        if (previous != null) {
            Narration popped = poppedFrame(previous, current);
            if (popped != null) return popped;
            Narration changed = changedCell(previous, current);
            if (changed != null) return changed;
        }
        if (current.event() == EventKind.CALL) return call(current);
        if (current.event() == EventKind.RETURN) return ret(current);
        return next(current);
    }

    private static Narration exception(StepView step) {
        String type = step.exception().typeName();
        Matcher m = UNBOUND_LOCAL.matcher(step.exception().message());
        if (type.equals("UnboundLocalError") && m.find()) return unboundLocal(step, m.group(1));
        return Narration.builder().code(step.codeName()).text(" raised ")
                .code(step.exception().line()).text(".").build();
    }

    // Usually the callee's exception passing up; worded so that it is also true when the caller
    // raises a new one right after a normal return (the RETURN step cannot tell the two apart).
    private static Narration propagated(StepView previous, StepView step) {
        return Narration.builder().text("After ").code(previous.codeName()).text(" returns, ").code(step.codeName())
                .text(" has the " + step.exception().typeName() + " at line " + step.line() + ".").build();
    }

    private static Narration stopped(StepView step, String exceptionType) {
        if (step.frames().size() == 1) {
            return Narration.builder().text("The program stops: nothing caught the " + exceptionType
                    + ". The traceback is in the output.").build();
        }
        return Narration.builder().code(step.codeName())
                .text(" stops; the " + exceptionType + " goes on to its caller.").build();
    }

    private static Narration unboundLocal(StepView step, String name) {
        String function = step.codeName();
        var b = Narration.builder().code(name).text(" is a local variable of ").code(function)
                .text(", because ").code(function).text(" assigns to it; reading it before that assignment fails.");
        boolean isGlobal = step.frames().get(0).variables().stream().anyMatch(v -> v.name().equals(name));
        boolean isNested = step.activeFrame().qualname().contains("<locals>");
        if (isNested && !isGlobal) {
            b.text(" To change the enclosing function's ").code(name).text(", declare ")
                    .code("nonlocal " + name).text(" at the top of ").code(function).text(".");
        } else if (isGlobal) {
            b.text(" To change the global ").code(name).text(", declare ")
                    .code("global " + name).text(" at the top of ").code(function).text(".");
        }
        return b.build();
    }

    private static Narration poppedFrame(StepView previous, StepView current) {
        Set<Long> alive = new HashSet<>();
        for (FrameView f : current.frames()) alive.add(f.id());
        FrameView gone = null;
        for (FrameView frame : previous.frames()) {
            if (alive.contains(frame.id())) continue;
            List<HeapObject.Cell> cells = cellsCreatedBy(current, frame.id());
            if (!cells.isEmpty()) return survivingCells(current, frame, cells);
            gone = frame;
        }
        if (gone == null) return null;
        return Narration.builder().code(gone.name())
                .text(" returned and its frame is gone: none of its variables was captured in a cell.").build();
    }

    private static Narration survivingCells(StepView step, FrameView popped, List<HeapObject.Cell> cells) {
        for (HeapObject.Cell cell : cells) {
            List<HeapObject.Function> closers = closersOf(step, cell.id());
            if (closers.size() > 1 && closers.stream().map(HeapObject.Function::qualname).distinct().count() == 1) {
                return sharedCellPitfall(step, popped, cell, closers);
            }
        }
        Set<String> closerNames = new LinkedHashSet<>();
        List<String> cellNames = new ArrayList<>();
        for (HeapObject.Cell cell : cells) {
            cellNames.add(cell.varName());
            for (HeapObject.Function f : closersOf(step, cell.id())) closerNames.add(f.name());
        }
        boolean one = cells.size() == 1;
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

    private static Narration sharedCellPitfall(StepView step, FrameView popped, HeapObject.Cell cell,
                                               List<HeapObject.Function> closers) {
        String var = cell.varName();
        String function = closers.get(0).name();
        String fix = function.equals("<lambda>") ? "lambda " + var + "=" + var + ": " + var : var + "=" + var;
        return Narration.builder().code(popped.name()).text(" returned. All " + closers.size() + " ")
                .code(function).text(" functions close over one shared cell ").cell(var)
                .text(", so each sees its last value, " + describe(step, cell.contents())
                        + ". To keep each value, bind it as a default: ")
                .code(fix).text(".").build();
    }

    private static Narration changedCell(StepView previous, StepView current) {
        for (HeapObject object : current.heap()) {
            if (!(object instanceof HeapObject.Cell cell)) continue;
            if (!(previous.object(cell.id()) instanceof HeapObject.Cell before)) continue;
            if (before.contents().equals(cell.contents())) continue;
            var b = Narration.builder().text("The cell ").cell(cell.varName())
                    .text(" now holds " + describe(current, cell.contents()));
            if (!(before.contents() instanceof Value.Unbound)) b.text(" (it held " + describe(previous, before.contents()) + ")");
            return b.text(".").build();
        }
        return null;
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

    private static List<HeapObject.Function> closersOf(StepView step, long cellId) {
        List<HeapObject.Function> closers = new ArrayList<>();
        for (HeapObject o : step.heap()) {
            if (o instanceof HeapObject.Function f && f.closure().contains(cellId)) closers.add(f);
        }
        return closers;
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
