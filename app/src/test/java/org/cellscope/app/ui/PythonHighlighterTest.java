package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {
    /** "text:class" for each styled span. */
    private static List<String> tokens(String source) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> span : PythonHighlighter.highlight(source)) {
            if (!span.getStyle().isEmpty()) {
                out.add(source.substring(pos, pos + span.getLength()) + ":" + span.getStyle().iterator().next());
            }
            pos += span.getLength();
        }
        return out;
    }

    @Test
    void keywordsDefinedNamesNumbersAndComments() {
        assertEquals(List.of("def:py-keyword", "make_counter:py-defname", "nonlocal:py-keyword",
                        "0:py-number", "# one:py-comment"),
                tokens("def make_counter():\n    nonlocal count\n    count = 0  # one\n"));
    }

    @Test
    void aKeywordInsideAStringIsPartOfTheString() {
        assertEquals(List.of("print:py-builtin", "\"def in a string\":py-string"), tokens("print(\"def in a string\")"));
    }

    @Test
    void anUnclosedStringEndsAtTheLineEnd() {
        assertEquals(List.of("'abc:py-string", "1:py-number"), tokens("'abc\n1"));
    }
}
