"""Prints CPython's AST of a program as Cellscope AST records, for the scope tests to rebuild.

A bridge until Cellscope's own parser lands: (Record field...) in record component order,
[...] for lists, "..." for strings, _ for null, bare words for numbers, booleans and enum constants.
Usage: python3 ast_records.py PROGRAM.py... (one line per program)
"""
import ast
import json
import re
import sys


def pos(n):
    return f"(Pos {n.lineno} {n.col_offset} {n.end_lineno} {n.end_col_offset})"


NO_POS = "(Pos 0 0 0 0)"


def seq(items):
    return "[" + " ".join(emit(i) for i in items) + "]"


def s(text):
    return "_" if text is None else json.dumps(text)


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def rec(kind, *fields):
    return "(" + " ".join([kind, *fields]) + ")"


def constant(n):
    v = n.value
    if v is None:
        return rec("Expr$NoneLit", pos(n))
    if v is Ellipsis:
        return rec("Expr$EllipsisLit", pos(n))
    if isinstance(v, bool):
        return rec("Expr$BoolLit", pos(n), str(v).lower())
    if isinstance(v, int):
        return rec("Expr$IntLit", pos(n), str(v))
    if isinstance(v, float):
        return rec("Expr$FloatLit", pos(n), repr(v))
    if isinstance(v, complex):
        return rec("Expr$ImagLit", pos(n), repr(v.imag))
    if isinstance(v, bytes):
        return rec("Expr$BytesLit", pos(n), s(v.decode("latin-1")))
    return rec("Expr$StrLit", pos(n), s(v))


def arg(a):
    return rec("Arguments$Arg", pos(a), s(a.arg), emit(a.annotation))


EMITTERS = {
    ast.Module: lambda n: rec("Module", "(Pos 1 0 1 0)", seq(n.body)),
    ast.Expr: lambda n: rec("Stmt$ExprStmt", pos(n), emit(n.value)),
    ast.Assign: lambda n: rec("Stmt$Assign", pos(n), seq(n.targets), emit(n.value)),
    ast.AugAssign: lambda n: rec("Stmt$AugAssign", pos(n), emit(n.target), type(n.op).__name__.upper(), emit(n.value)),
    ast.AnnAssign: lambda n: rec("Stmt$AnnAssign", pos(n), emit(n.target), emit(n.annotation), emit(n.value),
                                 "true" if n.simple else "false"),
    ast.FunctionDef: lambda n: rec("Stmt$FunctionDef", pos(n), s(n.name), emit(n.args), seq(n.body),
                                   seq(n.decorator_list), emit(n.returns)),
    ast.ClassDef: lambda n: rec("Stmt$ClassDef", pos(n), s(n.name), seq(n.bases), seq(n.keywords), seq(n.body),
                                seq(n.decorator_list)),
    ast.Return: lambda n: rec("Stmt$Return", pos(n), emit(n.value)),
    ast.Delete: lambda n: rec("Stmt$Delete", pos(n), seq(n.targets)),
    ast.If: lambda n: rec("Stmt$If", pos(n), emit(n.test), seq(n.body), seq(n.orelse)),
    ast.While: lambda n: rec("Stmt$While", pos(n), emit(n.test), seq(n.body), seq(n.orelse)),
    ast.For: lambda n: rec("Stmt$For", pos(n), emit(n.target), emit(n.iter), seq(n.body), seq(n.orelse)),
    ast.With: lambda n: rec("Stmt$With", pos(n), seq(n.items), seq(n.body)),
    ast.Raise: lambda n: rec("Stmt$Raise", pos(n), emit(n.exc), emit(n.cause)),
    ast.Try: lambda n: rec("Stmt$Try", pos(n), seq(n.body), seq(n.handlers), seq(n.orelse), seq(n.finalbody)),
    ast.Assert: lambda n: rec("Stmt$Assert", pos(n), emit(n.test), emit(n.msg)),
    ast.Import: lambda n: rec("Stmt$Import", pos(n), seq(n.names)),
    ast.ImportFrom: lambda n: rec("Stmt$ImportFrom", pos(n), s(n.module), seq(n.names), str(n.level)),
    ast.Global: lambda n: rec("Stmt$Global", pos(n), "[" + " ".join(map(s, n.names)) + "]"),
    ast.Nonlocal: lambda n: rec("Stmt$Nonlocal", pos(n), "[" + " ".join(map(s, n.names)) + "]"),
    ast.Pass: lambda n: rec("Stmt$Pass", pos(n)),
    ast.Break: lambda n: rec("Stmt$Break", pos(n)),
    ast.Continue: lambda n: rec("Stmt$Continue", pos(n)),
    ast.Name: lambda n: rec("Expr$Name", pos(n), s(n.id)),
    ast.Constant: constant,
    ast.JoinedStr: lambda n: rec("Expr$JoinedStr", pos(n), seq(n.values)),
    ast.FormattedValue: lambda n: rec("Expr$FormattedValue", pos(n), emit(n.value),
                                      s(chr(n.conversion) if n.conversion > 0 else ""), emit(n.format_spec)),
    ast.BinOp: lambda n: rec("Expr$BinOp", pos(n), emit(n.left), type(n.op).__name__.upper(), emit(n.right)),
    ast.UnaryOp: lambda n: rec("Expr$UnaryOp", pos(n), type(n.op).__name__.upper(), emit(n.operand)),
    ast.BoolOp: lambda n: rec("Expr$BoolOp", pos(n), "true" if isinstance(n.op, ast.And) else "false",
                              seq(n.values)),
    ast.Compare: lambda n: rec("Expr$Compare", pos(n), emit(n.left),
                               "[" + " ".join(snake(type(o).__name__) for o in n.ops) + "]", seq(n.comparators)),
    ast.IfExp: lambda n: rec("Expr$IfExp", pos(n), emit(n.test), emit(n.body), emit(n.orelse)),
    ast.NamedExpr: lambda n: rec("Expr$NamedExpr", pos(n), emit(n.target), emit(n.value)),
    ast.Call: lambda n: rec("Expr$Call", pos(n), emit(n.func), seq(n.args), seq(n.keywords)),
    ast.Attribute: lambda n: rec("Expr$Attribute", pos(n), emit(n.value), s(n.attr)),
    ast.Subscript: lambda n: rec("Expr$Subscript", pos(n), emit(n.value), emit(n.slice)),
    ast.Slice: lambda n: rec("Expr$Slice", pos(n), emit(n.lower), emit(n.upper), emit(n.step)),
    ast.Starred: lambda n: rec("Expr$Starred", pos(n), emit(n.value)),
    ast.List: lambda n: rec("Expr$ListExpr", pos(n), seq(n.elts)),
    ast.Tuple: lambda n: rec("Expr$Tuple", pos(n), seq(n.elts)),
    ast.Set: lambda n: rec("Expr$SetExpr", pos(n), seq(n.elts)),
    ast.Dict: lambda n: rec("Expr$DictExpr", pos(n), seq(n.keys), seq(n.values)),
    ast.Lambda: lambda n: rec("Expr$Lambda", pos(n), emit(n.args), emit(n.body)),
    ast.ListComp: lambda n: rec("Expr$ListComp", pos(n), emit(n.elt), seq(n.generators)),
    ast.SetComp: lambda n: rec("Expr$SetComp", pos(n), emit(n.elt), seq(n.generators)),
    ast.DictComp: lambda n: rec("Expr$DictComp", pos(n), emit(n.key), emit(n.value), seq(n.generators)),
    ast.GeneratorExp: lambda n: rec("Expr$GeneratorExp", pos(n), emit(n.elt), seq(n.generators)),
    ast.Yield: lambda n: rec("Expr$Yield", pos(n), emit(n.value)),
    ast.YieldFrom: lambda n: rec("Expr$YieldFrom", pos(n), emit(n.value)),
    ast.arguments: lambda n: rec("Arguments", NO_POS, "[" + " ".join(map(arg, n.posonlyargs)) + "]",
                                 "[" + " ".join(map(arg, n.args)) + "]", arg(n.vararg) if n.vararg else "_",
                                 "[" + " ".join(map(arg, n.kwonlyargs)) + "]", seq(n.kw_defaults),
                                 arg(n.kwarg) if n.kwarg else "_", seq(n.defaults)),
    ast.comprehension: lambda n: rec("Comprehension", pos(n.target), emit(n.target), emit(n.iter), seq(n.ifs)),
    ast.keyword: lambda n: rec("Keyword", pos(n), s(n.arg), emit(n.value)),
    ast.ExceptHandler: lambda n: rec("ExceptHandler", pos(n), emit(n.type), s(n.name), seq(n.body)),
    ast.withitem: lambda n: rec("WithItem", pos(n.context_expr), emit(n.context_expr), emit(n.optional_vars)),
    ast.alias: lambda n: rec("Alias", pos(n), s(n.name), s(n.asname)),
}


def emit(node):
    return "_" if node is None else EMITTERS[type(node)](node)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(emit(ast.parse(open(path, encoding="utf-8").read(), path)))
