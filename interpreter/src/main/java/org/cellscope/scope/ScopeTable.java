package org.cellscope.scope;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cellscope.ast.Node;

/** The scope pass's side table: AST node (by identity) to its {@link Scope}. The AST stays untouched. */
public final class ScopeTable {
    private final Scope module;
    private final Map<Node, Scope> byNode;

    ScopeTable(Scope module, IdentityHashMap<Node, Scope> byNode) {
        this.module = module;
        this.byNode = byNode;
    }

    public Scope module() { return module; }

    /** The scope a Module, FunctionDef, Lambda, ClassDef or comprehension node opens. */
    public Scope scopeOf(Node node) {
        Scope s = byNode.get(node);
        if (s == null) throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName());
        return s;
    }
}
