package org.cellscope.scope;

import java.util.Map;
import java.util.TreeMap;

/** A ScopeTable in the format dump_scopes.py writes for CPython's code objects and symtable. */
final class ScopeDump {
    private ScopeDump() {}

    static String dump(ScopeTable table) {
        StringBuilder out = new StringBuilder();
        dump(table.module(), 0, out);
        return out.toString();
    }

    private static void dump(Scope scope, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("code ").append(scope.name()).append(' ').append(scope.qualname())
                .append(" varnames=[").append(String.join(",", scope.varnames()))
                .append("] cellvars=[").append(String.join(",", scope.cellvars()))
                .append("] freevars=[").append(String.join(",", scope.freevars())).append(']')
                .append(scope.isGenerator() ? " generator" : "").append('\n');
        for (Map.Entry<String, NameScope> symbol : new TreeMap<>(scope.names()).entrySet()) {
            out.append(indent).append("  ").append(symbol.getKey()).append(": ").append(symbol.getValue()).append('\n');
        }
        for (Scope child : scope.children()) dump(child, depth + 1, out);
    }
}
