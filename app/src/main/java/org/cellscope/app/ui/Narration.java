package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.List;

/** One sentence or two for the banner, as spans so that names can be set in code type. */
public record Narration(List<Span> spans) {

    public enum Style { TEXT, CODE, CELL }

    public record Span(String text, Style style) {}

    /** The plain text, as tests and screen readers see it. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span span : spans) sb.append(span.text());
        return sb.toString();
    }

    static Builder builder() { return new Builder(); }

    static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        Builder text(String text) { return add(text, Style.TEXT); }

        Builder code(String text) { return add(text, Style.CODE); }

        Builder cell(String text) { return add(text, Style.CELL); }

        /** "a", "a and b", "a, b and c", each in code type. */
        Builder codeList(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) text(i == names.size() - 1 ? " and " : ", ");
                code(names.get(i));
            }
            return this;
        }

        Narration build() { return new Narration(List.copyOf(spans)); }

        private Builder add(String text, Style style) {
            spans.add(new Span(text, style));
            return this;
        }
    }
}
