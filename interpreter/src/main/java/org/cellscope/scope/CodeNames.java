package org.cellscope.scope;

import java.util.ArrayList;
import java.util.List;

/** The name tuples of a block's code object, in the order CPython 3.11's compiler lays them out. */
final class CodeNames {
    private CodeNames() {}

    /** Parameters, then the plain locals as the compiler first touches them; cells that are not parameters are not here. */
    static List<String> varnames(Block b) {
        if (!b.isFunctionLike()) return List.of();
        List<String> varnames = new ArrayList<>(b.params);
        for (String name : b.accessOrder) {
            if (b.scopes.get(name) == NameScope.LOCAL && !b.params.contains(name)) varnames.add(name);
        }
        return varnames;
    }

    /** Parameters that are cells in parameter order, then the other cells sorted by name. */
    static List<String> cellvars(Block b) {
        List<String> cells = new ArrayList<>();
        for (String param : b.params) {
            if (b.scopes.get(param) == NameScope.CELL && !cells.contains(param)) cells.add(param);
        }
        List<String> others = new ArrayList<>();
        b.scopes.forEach((name, scope) -> {
            if (scope == NameScope.CELL && !b.params.contains(name)) others.add(name);
        });
        if (b.needsClassCell) others.add("__class__");
        others.sort(null);
        cells.addAll(others);
        return cells;
    }

    /** Sorted by name; a class also passes on the cells its methods need for names it binds itself. */
    static List<String> freevars(Block b) {
        List<String> free = new ArrayList<>();
        b.scopes.forEach((name, scope) -> {
            if (scope == NameScope.FREE || (b.flags(name) & SymbolFlags.DEF_FREE_CLASS) != 0) free.add(name);
        });
        free.sort(null);
        return free;
    }

    /**
     * co_qualname: a function's qualname under its parent's, with {@code .<locals>} after a
     * function or lambda; a def or class declared global in its parent starts afresh.
     */
    static String qualname(Block b, String parentQualname) {
        Block parent = b.parent;
        if (parent == null || parent.parent == null) return b.name;
        boolean namedDefinition = b.kind == ScopeKind.CLASS || (b.kind == ScopeKind.FUNCTION && !b.isLambda());
        if (namedDefinition && parent.scopes.get(parent.mangle(b.name)) == NameScope.GLOBAL_EXPLICIT) return b.name;
        String locals = parent.kind == ScopeKind.FUNCTION ? ".<locals>" : "";
        return parentQualname + locals + "." + b.name;
    }
}
