package org.cellscope.app.export;

/**
 * Which steps to export, counted from 1 like the CLI (step N is the trace's N-th event).
 * {@link #resolve} checks them against the trace and names the valid range when they miss.
 */
public record StepSelection(Kind kind, int first, int last) {
    public enum Kind { ONE, RANGE, LAST, ALL }

    public static StepSelection one(int n) { return new StepSelection(Kind.ONE, n, n); }

    public static StepSelection range(int a, int b) { return new StepSelection(Kind.RANGE, a, b); }

    public static StepSelection lastStep() { return new StepSelection(Kind.LAST, 0, 0); }

    public static StepSelection all() { return new StepSelection(Kind.ALL, 0, 0); }

    /** Parses {@code A-B}; the message of the exception is fit for the user. */
    public static StepSelection parseRange(String text) {
        String[] parts = text.trim().split("-", -1);
        if (parts.length != 2) throw new IllegalArgumentException("--steps expects A-B, for example 3-9, not '" + text + "'");
        int a = parseStep(parts[0], "--steps");
        int b = parseStep(parts[1], "--steps");
        if (a > b) throw new IllegalArgumentException("--steps " + text + " is empty: the first step comes after the last");
        return range(a, b);
    }

    public static int parseStep(String text, String option) {
        try {
            return checkStep(Integer.parseInt(text.trim()), option);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a step number from 1, not '" + text + "'");
        }
    }

    /** Steps count from 1, like the CLI and the window's "Step N of M". */
    public static int checkStep(int n, String option) {
        if (n < 1) throw new IllegalArgumentException(option + " expects a step number from 1, not '" + n + "'");
        return n;
    }

    /** The chosen steps as 1-based [first, last] for a trace of size steps. */
    public int[] resolve(int size) {
        if (size == 0) throw new IllegalArgumentException("the trace has no steps");
        return switch (kind) {
            case ALL -> new int[] {1, size};
            case LAST -> new int[] {size, size};
            case ONE, RANGE -> {
                if (last > size) {
                    String chosen = kind == Kind.ONE ? "step " + first : "steps " + first + "-" + last;
                    throw new IllegalArgumentException(chosen + " is out of range: the trace has steps 1-" + size);
                }
                yield new int[] {first, last};
            }
        };
    }

    /** {@code step-0009.png}: zero-padded to the digits of the trace's length, at least 4. */
    public static String fileName(int step, int traceSize) {
        int width = Math.max(4, String.valueOf(traceSize).length());
        return String.format("step-%0" + width + "d.png", step);
    }
}
