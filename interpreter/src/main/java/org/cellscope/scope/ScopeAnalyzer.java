package org.cellscope.scope;

import java.util.IdentityHashMap;
import org.cellscope.ast.Module;
import org.cellscope.ast.Node;
import org.cellscope.parse.PySyntaxError;

/**
 * The scope pass, as CPython's Python/symtable.c: phase 1 records facts per name per block
 * ({@link SymbolCollector}), phase 2 decides each name's scope ({@link ScopeResolver}); then the
 * compiler's own errors, then the read-only {@link Scope} tree. The AST is never touched.
 */
public final class ScopeAnalyzer {
    private ScopeAnalyzer() {}

    public static ScopeTable analyze(Module module) throws PySyntaxError {
        SymbolCollector.Facts facts = SymbolCollector.collect(module);
        ScopeResolver.resolve(facts.root());
        if (facts.codegenError() != null) throw facts.codegenError();
        IdentityHashMap<Node, Scope> byNode = new IdentityHashMap<>();
        Scope root = build(facts.root(), null, byNode);
        return new ScopeTable(root, byNode);
    }

    private static Scope build(Block b, Scope parent, IdentityHashMap<Node, Scope> byNode) {
        String qualname = CodeNames.qualname(b, parent == null ? null : parent.qualname());
        Scope scope = new Scope(b.kind, b.name, qualname, b.node, parent, b.privateName);
        b.scopes.forEach(scope::define);
        scope.mutableVarnames().addAll(CodeNames.varnames(b));
        scope.mutableCellvars().addAll(CodeNames.cellvars(b));
        scope.mutableFreevars().addAll(CodeNames.freevars(b));
        if (b.generator && b.isFunctionLike()) scope.markGenerator();
        if (b.needsClassCell) scope.markNeedsClassCell();
        byNode.put(b.node, scope);
        for (Block child : b.children) build(child, scope, byNode);
        return scope;
    }
}
