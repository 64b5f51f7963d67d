package org.cellscope.scope;

import static org.cellscope.scope.SymbolFlags.DEF_BOUND;
import static org.cellscope.scope.SymbolFlags.DEF_FREE_CLASS;
import static org.cellscope.scope.SymbolFlags.DEF_GLOBAL;
import static org.cellscope.scope.SymbolFlags.DEF_NONLOCAL;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellscope.ast.Pos;

/**
 * Phase 2 (CPython's analyze_block): decide each name's {@link NameScope} from the facts, top
 * down, passing to each child the names its enclosing functions bind ({@code bound}) and declare
 * global; then bottom up, turn locals that children use freely into cells.
 */
final class ScopeResolver {
    private static final String CLASS_CELL = "__class__";

    private ScopeResolver() {}

    static void resolve(Block module) {
        analyzeBlock(module, null, new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /**
     * bound is null only for the module, where nothing can be free. free collects the names this
     * block and its children still need from further out.
     */
    private static void analyzeBlock(Block b, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        if (b.kind == ScopeKind.CLASS) {
            // a class namespace is invisible to the functions inside it
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> symbol : List.copyOf(b.symbols.entrySet())) {
            analyzeName(b, symbol.getKey(), symbol.getValue(), bound, local, free, global);
        }
        if (b.kind == ScopeKind.CLASS) {
            newBound.add(CLASS_CELL);
        } else {
            if (b.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        }
        Set<String> newFree = new LinkedHashSet<>();
        for (Block child : b.children) {
            analyzeBlock(child, new LinkedHashSet<>(newBound), newFree, new LinkedHashSet<>(newGlobal));
        }
        if (b.isFunctionLike()) {
            makeCells(b, newFree);
        } else if (b.kind == ScopeKind.CLASS) {
            b.needsClassCell = newFree.remove(CLASS_CELL);
        }
        passFreeNamesThrough(b, bound, newFree);
        free.addAll(newFree);
    }

    private static void analyzeName(Block b, String name, int flags, Set<String> bound, Set<String> local,
                                    Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw ScopeErrors.at(directive(b, name), "name '" + name + "' is nonlocal and global");
            }
            b.scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
        } else if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw ScopeErrors.at(directive(b, name), "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw ScopeErrors.at(directive(b, name), "no binding for nonlocal '" + name + "' found");
            }
            b.scopes.put(name, NameScope.FREE);
            free.add(name);
        } else if ((flags & DEF_BOUND) != 0) {
            b.scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            b.scopes.put(name, NameScope.FREE);
            free.add(name);
        } else {
            b.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
        }
    }

    private static Pos directive(Block b, String name) {
        return b.directives.getOrDefault(name, b.node.pos());
    }

    /** analyze_cells: a local that a child needs lives in a cell, and is no longer free further out. */
    private static void makeCells(Block b, Set<String> free) {
        for (Map.Entry<String, NameScope> entry : b.scopes.entrySet()) {
            if (entry.getValue() == NameScope.LOCAL && free.remove(entry.getKey())) {
                entry.setValue(NameScope.CELL);
            }
        }
    }

    /**
     * update_symbols: a name a child needs from further out passes through this block as FREE
     * (a closure is built from this block's own free cells); a class that binds such a name keeps
     * its own binding and also receives the cell.
     */
    private static void passFreeNamesThrough(Block b, Set<String> bound, Set<String> free) {
        for (String name : free) {
            Integer flags = b.symbols.get(name);
            if (flags != null) {
                if (b.kind == ScopeKind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    b.symbols.put(name, flags | DEF_FREE_CLASS);
                }
            } else if (bound == null || bound.contains(name)) {
                b.symbols.put(name, 0);
                b.scopes.put(name, NameScope.FREE);
            }
        }
    }
}
