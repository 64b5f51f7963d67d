"""Dumps CPython's ast of a file in the format of Cellscope's AstDumper (the Java test side).

Node and field names are Cellscope's (org.cellscope.ast), mapped from CPython's here, so the
golden files compare our tree with CPython's node for node, position for position.
"""
import ast
import decimal
import sys

OPS = {'Add': 'ADD', 'Sub': 'SUB', 'Mult': 'MULT', 'MatMult': 'MATMULT', 'Div': 'DIV',
       'FloorDiv': 'FLOORDIV', 'Mod': 'MOD', 'Pow': 'POW', 'LShift': 'LSHIFT', 'RShift': 'RSHIFT',
       'BitOr': 'BITOR', 'BitXor': 'BITXOR', 'BitAnd': 'BITAND',
       'Eq': 'EQ', 'NotEq': 'NOT_EQ', 'Lt': 'LT', 'LtE': 'LT_E', 'Gt': 'GT', 'GtE': 'GT_E',
       'Is': 'IS', 'IsNot': 'IS_NOT', 'In': 'IN', 'NotIn': 'NOT_IN',
       'Not': 'NOT', 'USub': 'USUB', 'UAdd': 'UADD', 'Invert': 'INVERT'}

# Cellscope name -> (CPython class, [(field, CPython field or function of the node)])
FIELDS = {
    'Module': ['body'],
    'ExprStmt': ['value'], 'Assign': ['targets', 'value'], 'AugAssign': ['target', 'op', 'value'],
    'AnnAssign': ['target', 'annotation', 'value', ('simple', lambda n: bool(n.simple))],
    'FunctionDef': ['name', 'args', 'body', ('decorators', 'decorator_list'), 'returns'],
    'ClassDef': ['name', 'bases', 'keywords', 'body', ('decorators', 'decorator_list')],
    'Return': ['value'], 'Delete': ['targets'], 'If': ['test', 'body', 'orelse'],
    'While': ['test', 'body', 'orelse'], 'For': ['target', 'iter', 'body', 'orelse'],
    'With': ['items', 'body'], 'Raise': ['exc', 'cause'],
    'Try': ['body', 'handlers', 'orelse', 'finalbody'], 'Assert': ['test', 'msg'],
    'Import': ['names'], 'ImportFrom': ['module', 'names', 'level'], 'Global': ['names'],
    'Nonlocal': ['names'], 'Pass': [], 'Break': [], 'Continue': [],
    'Arguments': [('posonly', 'posonlyargs'), 'args', 'vararg', ('kwonly', 'kwonlyargs'), ('kwDefaults', 'kw_defaults'),
                  'kwarg', 'defaults'],
    'Arg': [('name', 'arg'), 'annotation'], 'Keyword': [('name', 'arg'), 'value'],
    'ExceptHandler': ['type', 'name', 'body'], 'WithItem': [('context', 'context_expr'),
                                                            ('target', 'optional_vars')],
    'Alias': ['name', 'asname'], 'Comprehension': ['target', 'iter', 'ifs'],
    'Name': ['id'], 'JoinedStr': ['values'],
    'FormattedValue': ['value', ('conversion', lambda n: max(n.conversion, 0)),
                       ('formatSpec', 'format_spec')],
    'BinOp': ['left', 'op', 'right'], 'UnaryOp': ['op', 'operand'],
    'BoolOp': [('isAnd', lambda n: isinstance(n.op, ast.And)), 'values'],
    'Compare': ['left', 'ops', 'comparators'], 'IfExp': ['test', 'body', 'orelse'],
    'NamedExpr': ['target', 'value'], 'Call': ['func', 'args', 'keywords'],
    'Attribute': ['value', 'attr'], 'Subscript': ['value', 'slice'],
    'Slice': ['lower', 'upper', 'step'], 'Starred': ['value'], 'ListExpr': ['elts'],
    'Tuple': ['elts'], 'SetExpr': ['elts'], 'DictExpr': ['keys', 'values'],
    'Lambda': ['args', 'body'], 'ListComp': ['elt', 'generators'], 'SetComp': ['elt', 'generators'],
    'DictComp': ['key', 'value', 'generators'], 'GeneratorExp': ['elt', 'generators'],
    'Yield': ['value'], 'YieldFrom': ['value'],
}
RENAMED = {'Expr': 'ExprStmt', 'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword',
           'excepthandler': 'ExceptHandler', 'ExceptHandler': 'ExceptHandler', 'withitem': 'WithItem',
           'alias': 'Alias', 'comprehension': 'Comprehension', 'List': 'ListExpr', 'Set': 'SetExpr',
           'Dict': 'DictExpr'}
LITERALS = [(bool, 'BoolLit'), (int, 'IntLit'), (float, 'FloatLit'), (complex, 'ImagLit'),
            (str, 'StrLit'), (bytes, 'BytesLit')]


def quote(s):
    out = []
    for ch in s:
        if ch in '\\\'':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            out.append('\\u%04x' % ord(ch))
    return "'" + ''.join(out) + "'"


def number(v):
    return format(decimal.Decimal(v), 'f')


def pos(node):
    if not hasattr(node, 'lineno'):
        return ''
    return '@%d:%d-%d:%d' % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


def literal(node):
    v = node.value
    if v is None:
        return 'NoneLit' + pos(node)
    if v is Ellipsis:
        return 'EllipsisLit' + pos(node)
    for t, name in LITERALS:
        if isinstance(v, t):
            break
    text = {'IntLit': str, 'BoolLit': str, 'FloatLit': number, 'StrLit': quote, 'BytesLit': bytes.hex,
            'ImagLit': lambda c: number(c.imag)}[name](v)
    return '%s%s(value=%s)' % (name, pos(node), text)


def dump(value, indent):
    if value is None:
        return 'None'
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list):
        if not value:
            return '[]'
        inner = ''.join('\n' + '  ' * (indent + 1) + dump(v, indent + 1) for v in value)
        return '[' + inner + ']'
    kind = type(value).__name__
    if kind in OPS:
        return OPS[kind]
    if kind == 'Constant':
        return literal(value)
    name = RENAMED.get(kind, kind)
    if name == 'Module':
        head = name
    else:
        head = name + pos(value)
    parts = []
    for field in FIELDS[name]:
        ours, theirs = field if isinstance(field, tuple) else (field, field)
        v = theirs(value) if callable(theirs) else getattr(value, theirs)
        parts.append('\n' + '  ' * (indent + 1) + ours + '=' + dump(v, indent + 1))
    return head + '(' + ''.join(parts) + ')'


def main(path):
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    print(dump(tree, 0))


if __name__ == '__main__':
    main(sys.argv[1])
