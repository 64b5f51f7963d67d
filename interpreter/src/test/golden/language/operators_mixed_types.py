def f():
    pass

class C:
    pass

values = [1, 2.5, True, "ab", [1], (1,), {1: 2}, {1}, None, C()]
names = ["int", "float", "bool", "str", "list", "tuple", "dict", "set", "None", "C"]
binops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
    "@": lambda a, b: a @ b,
    "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
for extra in [frozenset({1}), range(2), f]:
    for op in ["+", "*", "-", "|", "<", "**"]:
        try:
            print(op, type(extra).__name__, "->", binops[op](extra, 1))
        except Exception as e:
            print(op, type(extra).__name__, "->", type(e).__name__, e)
for op, fn in binops.items():
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            try:
                r = fn(a, b)
                print(op, names[i], names[j], "->", r)
            except Exception as e:
                print(op, names[i], names[j], "->", type(e).__name__, e)
unops = {
    "-": lambda a: -a,
    "+": lambda a: +a,
    "~": lambda a: ~a,
    "not": lambda a: not a,
}
for op, fn in unops.items():
    for i, a in enumerate(values):
        try:
            r = fn(a)
            print(op, names[i], "->", r)
        except Exception as e:
            print(op, names[i], "->", type(e).__name__, e)
