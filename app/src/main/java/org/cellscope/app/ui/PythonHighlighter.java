package org.cellscope.app.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Syntax colouring for Python source: style classes per token, for the CSS to colour. */
public final class PythonHighlighter {
    private static final String KEYWORDS = String.join("|", "False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");
    private static final String BUILTINS = String.join("|", "print", "len", "range", "input", "int", "str",
            "float", "list", "dict", "set", "tuple", "bool", "type", "isinstance", "sum", "min", "max",
            "sorted", "enumerate", "zip", "map", "filter", "repr", "id", "super", "object", "abs", "any", "all");

    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
            + "|(?<STRING>[rRbBfFuU]{0,2}(?:\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'''[\\s\\S]*?(?:'''|$)"
            + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
            + "|(?<DEFNAME>(?<=\\b(?:def|class)\\s{1,8})[A-Za-z_][A-Za-z0-9_]*)"
            + "|(?<KEYWORD>\\b(?:" + KEYWORDS + ")\\b)"
            + "|(?<BUILTIN>\\b(?:" + BUILTINS + ")\\b)"
            + "|(?<NUMBER>\\b\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?j?\\b)");

    private static final List<String> GROUPS = List.of("COMMENT", "STRING", "DEFNAME", "KEYWORD", "BUILTIN", "NUMBER");

    private PythonHighlighter() {}

    /** Style spans covering all of text; unstyled runs get no class. */
    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(List.of("py-" + group(m).toLowerCase(java.util.Locale.ROOT)), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static String group(Matcher m) {
        for (String g : GROUPS) if (m.group(g) != null) return g;
        throw new IllegalStateException("a token matched no group");
    }
}
