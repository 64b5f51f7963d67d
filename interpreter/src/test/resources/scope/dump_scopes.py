"""CPython 3.11's answers for the scope golden tests.

For every PROGRAM.py given, writes PROGRAM.scopes beside it: each code object, recursively in
symbol table order, with co_name, co_qualname, co_varnames, co_cellvars, co_freevars, whether it is
a generator, and the scope the symtable module gives each of its symbols (sorted by name).
A program that does not compile gets PROGRAM.err instead: "line:offset-end_offset: message".

Regenerate (from interpreter/): python3 src/test/resources/scope/dump_scopes.py src/test/resources/scope/[0-9]*.py src/test/resources/scope/errors/*.py
"""
import sys
import symtable
import types

SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
CO_GENERATOR = 0x20


def table_name(code_name):
    """The symtable module names blocks 'lambda', 'listcomp'... where code objects say '<lambda>'."""
    return code_name[1:-1] if code_name.startswith("<") else code_name


def code_for(table, codes):
    """The code object compiled from a symtable block. co_consts lists them in the compiler's order,
    which differs from the symbol table's in places, so same-named siblings are told apart by the
    names they use."""
    candidates = [c for c in codes if table_name(c.co_name) == table.get_name()]
    assert candidates, f"no code object for symtable block {table.get_name()} (dead code?)"
    table_names = set(table.get_identifiers())
    return min(candidates, key=lambda c: len(table_names ^ set(
        c.co_varnames + c.co_cellvars + c.co_freevars + c.co_names)))


def dump(code, table, depth, out):
    """Children in the symbol table's order, which is the order Cellscope's scope pass builds them."""
    indent = "  " * depth
    flags = " generator" if code.co_flags & CO_GENERATOR else ""
    out.append(f"{indent}code {code.co_name} {code.co_qualname}"
               f" varnames=[{','.join(code.co_varnames)}]"
               f" cellvars=[{','.join(code.co_cellvars)}]"
               f" freevars=[{','.join(code.co_freevars)}]{flags}")
    for name in sorted(table.get_identifiers()):
        scope = table.lookup(name)._Symbol__scope
        out.append(f"{indent}  {name}: {SCOPE_NAMES[scope]}")
    codes = [c for c in code.co_consts if isinstance(c, types.CodeType)]
    for child in table.get_children():
        match = code_for(child, codes)
        codes.remove(match)
        dump(match, child, depth + 1, out)


def main(paths):
    for path in paths:
        source = open(path, encoding="utf-8").read()
        stem = path[:-3]
        try:
            code = compile(source, path, "exec")
        except SyntaxError as e:
            with open(stem + ".err", "w", encoding="utf-8") as f:
                f.write(f"{e.lineno}:{e.offset}-{e.end_offset}: {e.msg}\n")
            continue
        out = []
        dump(code, symtable.symtable(source, path, "exec"), 0, out)
        with open(stem + ".scopes", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
