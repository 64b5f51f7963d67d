package org.cellscope.parse;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.cellscope.ast.Arguments;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.Module;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;
import org.cellscope.ast.WithItem;

/**
 * Prints an AST in the format of src/test/resources/parse/ast_dump.py, which prints CPython's
 * {@code ast} of the same file, so that the two can be compared line for line.
 */
final class AstDumper {
    /** Nodes that have no position in CPython's ast. */
    private static final Set<Class<?>> UNPOSITIONED = Set.of(Module.class, Arguments.class, Comprehension.class,
            WithItem.class);

    private AstDumper() {}

    static String dump(Node node) {
        return value(node, 0);
    }

    private static String value(Object v, int indent) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Character c) {
            return Integer.toString(c);
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Double d) {
            return new BigDecimal(d).toPlainString();
        }
        if (v instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (v instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append('\n').append("  ".repeat(indent + 1)).append(value(item, indent + 1)));
            return out.append(']').toString();
        }
        if (v instanceof Node node) {
            return node(node, indent);
        }
        return v.toString();
    }

    private static String node(Node node, int indent) {
        String head = node.getClass().getSimpleName() + (UNPOSITIONED.contains(node.getClass()) ? "" : pos(node.pos()));
        RecordComponent[] components = node.getClass().getRecordComponents();
        if (head.contains("Lit@")) {
            return components.length == 1 ? head : head + "(value=" + value(component(node, components[1]), indent) + ")";
        }
        StringBuilder out = new StringBuilder(head).append('(');
        for (RecordComponent c : components) {
            if (!c.getName().equals("pos")) {
                out.append('\n').append("  ".repeat(indent + 1)).append(c.getName()).append('=')
                        .append(value(component(node, c), indent + 1));
            }
        }
        return out.append(')').toString();
    }

    private static Object component(Node node, RecordComponent c) {
        try {
            return c.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pos(Pos p) {
        return "@" + p.line() + ":" + p.col() + "-" + p.endLine() + ":" + p.endCol();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("'");
        for (int ch : s.codePoints().toArray()) {
            if (ch == '\\' || ch == '\'') {
                out.append('\\').append((char) ch);
            } else if (ch == '\n') {
                out.append("\\n");
            } else if (ch >= ' ' && ch <= '~') {
                out.append((char) ch);
            } else {
                out.append(String.format("\\u%04x", ch));
            }
        }
        return out.append('\'').toString();
    }
}
