"""CPython 3.11's answers for the scope golden tests.

For every PROGRAM.py given, writes PROGRAM.scopes beside it: each code object, recursively in
co_consts order, with co_name, co_qualname, co_varnames, co_cellvars, co_freevars, whether it is
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


def dump(code, table, depth, out):
    indent = "  " * depth
    flags = " generator" if code.co_flags & CO_GENERATOR else ""
    out.append(f"{indent}code {code.co_name} {code.co_qualname}"
               f" varnames=[{','.join(code.co_varnames)}]"
               f" cellvars=[{','.join(code.co_cellvars)}]"
               f" freevars=[{','.join(code.co_freevars)}]{flags}")
    for name in sorted(table.get_identifiers()):
        scope = table.lookup(name)._Symbol__scope
        out.append(f"{indent}  {name}: {SCOPE_NAMES[scope]}")
    tables = list(table.get_children())
    for child in (c for c in code.co_consts if isinstance(c, types.CodeType)):
        # co_consts and the symtable list children in the same order except where codegen and
        # the symtable walk differ; pairing by name in order is enough for our programs
        match = next(t for t in tables if t.get_name() == table_name(child.co_name))
        tables.remove(match)
        dump(child, match, depth + 1, out)
    assert not tables, f"symtable blocks without code: {[t.get_name() for t in tables]}"


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
