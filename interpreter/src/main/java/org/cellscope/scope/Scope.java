package org.cellscope.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.Node;

/**
 * One symbol table: what the scope pass decided for a module, class body, function, lambda or
 * comprehension. Built by {@link ScopeAnalyzer}; read-only for everyone else.
 */
public final class Scope {
    private final ScopeKind kind;
    private final String name;
    private final String qualname;
    private final Node node;
    private final Scope parent;
    private final String privateName;
    private final List<Scope> children = new ArrayList<>();
    private final Map<String, NameScope> names = new LinkedHashMap<>();
    private final List<String> varnames = new ArrayList<>();
    private final List<String> cellvars = new ArrayList<>();
    private final List<String> freevars = new ArrayList<>();
    private boolean generator;
    private boolean needsClassCell;

    Scope(ScopeKind kind, String name, String qualname, Node node, Scope parent, String privateName) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        if (parent != null) parent.children.add(this);
    }

    public ScopeKind kind() { return kind; }

    /** {@code co_name}: the function or class name, {@code <lambda>}, {@code <listcomp>}, {@code <module>}... */
    public String name() { return name; }

    /** {@code co_qualname}, such as {@code make_counter.<locals>.counter}. */
    public String qualname() { return qualname; }

    /** The AST node that opens this scope (Module, FunctionDef, Lambda, ClassDef, a comprehension). */
    public Node node() { return node; }

    public Scope parent() { return parent; }

    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The scope of every name this block binds or uses, in order of first appearance. */
    public Map<String, NameScope> names() { return Collections.unmodifiableMap(names); }

    /** The scope of a name used in this block; GLOBAL_IMPLICIT for a name the block never saw. */
    public NameScope scopeOf(String name) { return names.getOrDefault(name, NameScope.GLOBAL_IMPLICIT); }

    /**
     * The name as this scope's tables store it: inside a class body and the functions in it,
     * {@code __x} becomes {@code _C__x} (CPython's private name mangling). Look names up with it.
     */
    public String mangle(String name) { return Mangling.mangle(privateName, name); }

    /** {@code co_varnames}: parameters in CPython's order, then the other plain locals. */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }

    /** {@code co_cellvars}: cell parameters in parameter order, then the other cells sorted by name. */
    public List<String> cellvars() { return Collections.unmodifiableList(cellvars); }

    /** {@code co_freevars}, sorted by name as CPython sorts them. */
    public List<String> freevars() { return Collections.unmodifiableList(freevars); }

    /** True when the body contains {@code yield}: calling it makes a generator. */
    public boolean isGenerator() { return generator; }

    /** True for a class body whose methods use {@code super()} or {@code __class__}. */
    public boolean needsClassCell() { return needsClassCell; }

    // ---- written by the analyzer only
    void define(String name, NameScope scope) { names.put(name, scope); }

    List<String> mutableVarnames() { return varnames; }

    List<String> mutableCellvars() { return cellvars; }

    List<String> mutableFreevars() { return freevars; }

    void markGenerator() { generator = true; }

    void markNeedsClassCell() { needsClassCell = true; }

    @Override
    public String toString() { return kind + " " + qualname; }
}
