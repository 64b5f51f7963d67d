# Builtin functions, constructors and methods refuse keyword arguments they do not take, in CPython's words.

def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for f in [abs, all, any, ascii, bin, callable, chr, divmod, format, hash, hex, len, oct, ord, repr, isinstance]:
    n = f.__name__
    probe(n + "(1, zz=1)", lambda: f(1, zz=1))
for f in [issubclass, getattr, setattr, hasattr, delattr, vars, dir, next, iter, sorted, sum, min, max, round, pow, print]:
    n = f.__name__
    probe(n + "(1, zz=1)", lambda: f(1, zz=1))
for f in [filter, reversed]:
    probe(f.__name__ + "(zz=1)", lambda: f(zz=1))
    probe(f.__name__ + "([1], zz=1)", lambda: f([1], zz=1))
for f in [bool, int, float, str, list, tuple, dict, set, frozenset, range, slice, object, type, enumerate, zip, map]:
    n = f.__name__
    probe(n + "(zz=1)", lambda: f(zz=1))
    probe(n + "([1], zz=1)", lambda: f([1], zz=1))
probe("print(file=[])", lambda: print("x", file=[]))
probe("print(file=None)", lambda: print("x", file=None))
probe("print(flush=True)", lambda: print("x", flush=True))
probe("print(sep=1)", lambda: print("x", sep=1))

objs = {"str": "a,b", "list": [3, 1], "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "tuple": (1,)}
objs.update({"int": 5, "float": 2.5, "range": range(3)})
methods = {}
methods['str'] = "capitalize casefold center count endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill".split()
methods['list'] = "append clear copy count extend index insert pop remove reverse sort".split()
methods['dict'] = "clear copy fromkeys get items keys pop popitem setdefault update values".split()
methods['set'] = "add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update".split()
methods['frozenset'] = "copy difference intersection isdisjoint issubset issuperset symmetric_difference union".split()
methods['tuple'] = "count index".split()
methods['int'] = "as_integer_ratio bit_count bit_length conjugate".split()
methods['float'] = "as_integer_ratio conjugate is_integer".split()
methods['range'] = "count index".split()
for tname, o in objs.items():
    for m in methods[tname]:
        o2 = o.copy() if hasattr(o, "copy") else o
        f = getattr(o2, m)
        probe(tname + "." + m + "(zz=1)", lambda: f(zz=1))
        probe(tname + "." + m + "(1, 2, 3, 4, zz=1)", lambda: f(1, 2, 3, 4, zz=1))
it = iter([1, 2])
probe("(1).__add__(zz=1)", lambda: (1).__add__(zz=1))
probe("[].__len__(zz=1)", lambda: [].__len__(zz=1))
probe("[1].__getitem__(0, zz=1)", lambda: [1].__getitem__(0, zz=1))
probe("it.__next__(zz=1)", lambda: it.__next__(zz=1))
probe("it.__next__(1)", lambda: it.__next__(1))
probe("it.__iter__() is it", lambda: it.__iter__() is it)
probe("type(it).__next__(5)", lambda: type(it).__next__(5))
probe("list.sort([3, 1], reverse=None)", lambda: [3, 1].sort(reverse=None))
probe("sorted(reverse=2.5)", lambda: sorted([3, 1], reverse=2.5))
probe("sorted(reverse='')", lambda: sorted([3, 1], reverse=''))
probe("sorted(reverse=2)", lambda: sorted([3, 1], reverse=2))
probe("sorted(**{})", lambda: sorted([3, 1], **{}))
probe("'ab'.upper(**{})", lambda: 'ab'.upper(**{}))
probe("str(object=5)", lambda: str(object=5))
probe("dict.fromkeys('ab', zz=1)", lambda: dict.fromkeys('ab', zz=1))
probe("round(1, 2, zz=1)", lambda: round(1, 2, zz=1))
probe("round(number=2.5)", lambda: round(number=2.5))
probe("pow(base=2, exp=5)", lambda: pow(base=2, exp=5))
probe("pow(2, 5, mod=3)", lambda: pow(2, 5, mod=3))
probe("'a b'.split(' ', sep=' ')", lambda: 'a b'.split(' ', sep=' '))
probe("round(2.5, number=1)", lambda: round(2.5, number=1))
probe("pow(2, exp=3, base=1)", lambda: pow(2, exp=3, base=1))
probe("pow(2)", lambda: pow(2))
probe("round()", lambda: round())
probe("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4))
probe("'a'.split(maxsplit=1, sep=None, x=1)", lambda: 'a'.split(maxsplit=1, sep=None, x=1))
probe("'a b c'.rsplit(maxsplit=1)", lambda: 'a b c'.rsplit(maxsplit=1))
probe("'a\\nb'.splitlines(keepends=True)", lambda: 'a\nb'.splitlines(keepends=True))
probe("'a\\tb'.expandtabs(tabsize=4)", lambda: 'a\tb'.expandtabs(tabsize=4))
probe("'a\\tb'.expandtabs(1, tabsize=4)", lambda: 'a\tb'.expandtabs(1, tabsize=4))
probe("str.maketrans('a', 'b', zz=1)", lambda: str.maketrans('a', 'b', zz=1))
