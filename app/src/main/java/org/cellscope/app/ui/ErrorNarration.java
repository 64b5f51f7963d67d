package org.cellscope.app.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellscope.trace.StepView;

/** The banner's sentences for exceptions: where one is raised, passes up, or stops the program. */
final class ErrorNarration {
    private static final Pattern UNBOUND_LOCAL = Pattern.compile("local variable '([^']+)'");

    private ErrorNarration() {}

    static Narration exception(StepView step) {
        String type = step.exception().typeName();
        Matcher m = UNBOUND_LOCAL.matcher(step.exception().message());
        if (type.equals("UnboundLocalError") && m.find()) return unboundLocal(step, m.group(1));
        return Narration.builder().warning().code(step.codeName()).text(" raised ")
                .code(step.exception().line()).text(".").build();
    }

    // Usually the callee's exception passing up; worded so that it is also true when the caller
    // raises a new one right after a normal return (the RETURN step cannot tell the two apart).
    static Narration propagated(StepView previous, StepView step) {
        return Narration.builder().warning().text("After ").code(previous.codeName()).text(" returns, ").code(step.codeName())
                .text(" has the " + step.exception().typeName() + " at line " + step.line() + ".").build();
    }

    static Narration stopped(StepView step, String exceptionType) {
        if (step.frames().size() == 1) {
            return Narration.builder().warning().text("The program stops: nothing caught the " + exceptionType
                    + ". The traceback is in the output.").build();
        }
        return Narration.builder().warning().code(step.codeName())
                .text(" stops; the " + exceptionType + " goes on to its caller.").build();
    }

    private static Narration unboundLocal(StepView step, String name) {
        String function = step.codeName();
        var b = Narration.builder().warning().code(name).text(" is a local variable of ").code(function)
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
}
