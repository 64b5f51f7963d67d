package org.cellscope.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;

/**
 * One block while the pass runs (CPython's PySTEntryObject): the facts phase 1 records, then the
 * scopes phase 2 decides. Mutable and package-private; {@link Scope} is what leaves the package.
 */
final class Block {
    final ScopeKind kind;
    /** co_name: the function or class name, {@code <lambda>}, {@code <listcomp>}, {@code <module>}. */
    final String name;
    final Node node;
    final Block parent;
    /** The class name that mangles {@code __private} names here, or null outside any class. */
    final String privateName;
    final List<Block> children = new ArrayList<>();

    /** Name (mangled) to its DEF_* flags, in order of first appearance. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    /** Names in the order the code generator first loads, stores or deletes them. */
    final Set<String> accessOrder = new LinkedHashSet<>();
    /** Where each name was first declared global or nonlocal, for phase 2's error locations. */
    final Map<String, Pos> directives = new LinkedHashMap<>();
    boolean generator;

    // ---- walk state (phase 1)
    /** Code generator events held back while the walk is ahead of the compiler's order, or null. */
    List<Runnable> held;
    int compIterExpr;
    boolean compIterTarget;
    int loopDepth;

    // ---- decided by phase 2
    final Map<String, NameScope> scopes = new LinkedHashMap<>();
    boolean needsClassCell;

    Block(ScopeKind kind, String name, Node node, Block parent, String privateName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        if (parent != null) {
            parent.children.add(this);
            compIterExpr = parent.compIterExpr; // a walrus anywhere inside a comprehension's iterable is refused
        }
    }

    /** Functions, lambdas and comprehensions: CPython's FunctionBlock, with fast locals. */
    boolean isFunctionLike() {
        return kind == ScopeKind.FUNCTION || kind == ScopeKind.COMPREHENSION;
    }

    boolean isLambda() {
        return node instanceof Expr.Lambda;
    }

    /** Runs a code generator event now, or later if the walk is ahead of the compiler here. */
    void codegen(Runnable event) {
        if (held != null) held.add(event);
        else event.run();
    }

    /** Runs the visit now, in symtable order, and returns its code generator events for {@link #replay}. */
    List<Runnable> hold(Runnable visit) {
        List<Runnable> outer = held;
        held = new ArrayList<>();
        visit.run();
        List<Runnable> events = held;
        held = outer;
        return events;
    }

    void replay(List<Runnable> events) {
        events.forEach(this::codegen);
    }

    int flags(String mangledName) {
        return symbols.getOrDefault(mangledName, 0);
    }

    void addFlags(String mangledName, int flags) {
        symbols.merge(mangledName, flags, (a, b) -> a | b);
    }

    String mangle(String name) {
        return Mangling.mangle(privateName, name);
    }
}
