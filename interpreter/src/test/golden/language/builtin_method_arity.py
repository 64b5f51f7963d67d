cases = {
    "str": ("abc", ["zfill", "center", "ljust", "rjust", "split", "join", "replace", "startswith", "endswith", "find", "index", "count", "strip", "upper", "format", "partition", "expandtabs", "splitlines", "removeprefix", "translate", "isdigit"]),
    "list": ([1], ["append", "extend", "insert", "remove", "pop", "index", "count", "sort", "reverse", "copy", "clear"]),
    "dict": ({1: 2}, ["get", "pop", "setdefault", "update", "keys", "items", "values", "popitem", "copy", "fromkeys"]),
    "set": ({1}, ["add", "remove", "discard", "pop", "union", "issubset", "update", "copy"]),
    "int": (5, ["bit_length"]),
    "float": (1.5, ["is_integer", "as_integer_ratio"]),
    "tuple": ((1,), ["index", "count"]),
}
for tname, (obj, names) in cases.items():
    for name in names:
        m = getattr(obj, name)
        for args in [(), (1, 2, 3, 4)]:
            try:
                m(*args)
            except Exception as e:
                print(tname, name, len(args), type(e).__name__, e)
print(dict.fromkeys("ab"), {}.fromkeys([1], 0), dict.fromkeys)
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__)
print(repr({}.fromkeys).split(" at ")[0])
