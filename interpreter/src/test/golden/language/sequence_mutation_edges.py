def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def assign(target, key, value):
    target[key] = value
    return target

def delete(target, key):
    del target[key]
    return target

probe("slice assign shorter", lambda: assign([1, 2, 3, 4], slice(1, 3), [9]))
probe("slice assign longer", lambda: assign([1, 2], slice(1, 1), [7, 8, 9]))
probe("slice assign step mismatch", lambda: assign([1, 2, 3, 4], slice(None, None, 2), [9]))
probe("slice assign step ok", lambda: assign([1, 2, 3, 4], slice(None, None, 2), "ab"))
probe("slice assign neg step", lambda: assign([1, 2, 3, 4], slice(None, None, -1), [5, 6, 7, 8]))
probe("slice assign empty ext", lambda: assign([1, 2, 3], slice(3, 0, 1), [9]))
probe("slice assign generator", lambda: assign([1, 2], slice(0, 1), (x for x in "xy")))
probe("slice assign int", lambda: assign([1, 2], slice(0, 1), 5))
probe("slice assign self", lambda: (lambda l: assign(l, slice(1, None), l))([1, 2]))
probe("slice assign tuple", lambda: assign((1, 2), slice(0, 1), [5]))
probe("slice assign str", lambda: assign("ab", slice(0, 1), "x"))
probe("index assign out", lambda: assign([1], 5, 0))
probe("index assign neg", lambda: assign([1, 2], -1, 0))
probe("index assign str", lambda: assign([1], "0", 0))
probe("del slice step", lambda: delete(list(range(10)), slice(1, None, 3)))
probe("del out", lambda: delete([1], 3))
probe("del neg", lambda: delete([1, 2], -2))
probe("del dict missing", lambda: delete({}, "k"))
probe("del tuple", lambda: delete((1,), 0))
probe("del str", lambda: delete("a", 0))
probe("dict assign unhashable", lambda: assign({}, [1], 0))
probe("dict assign slice", lambda: assign({}, slice(1, 2), 0))
probe("range slice neg", lambda: range(0, 20, 3)[-2:1:-2])
probe("range slice step zero", lambda: range(5)[::0])
probe("tuple slice copy", lambda: (1, 2)[:] )
probe("list mul zero", lambda: [[1]] * 0)
probe("list eq range", lambda: list(range(3)) == [0, 1, 2])
probe("nested list aliasing", lambda: (lambda l: (l[0].append(1), l)[1])([[]] * 2))
probe("str iter concat", lambda: "".join(reversed("abc")))
probe("reversed list mut", lambda: (lambda l: [x for x in reversed(l) if not l.append(0) and len(l) < 6])([1, 2]))
probe("sorted stable", lambda: sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda p: p[0]))
probe("sorted str key", lambda: sorted(["b", "A", "a"], key=str.lower))
probe("sort mutated during", lambda: (lambda l: l.sort(key=lambda x: l.append(x) or x))([2, 1]))
probe("min empty default", lambda: min([], default="none"))
probe("min empty", lambda: min([]))
probe("max key", lambda: max(["aa", "b"], key=len))
probe("max two args key", lambda: max("a", "bb", key=len))
probe("max default with args", lambda: max(1, 2, default=0))
probe("min none", lambda: min(None))
probe("sum list of lists", lambda: sum([[1], [2]], []))
probe("sum float start", lambda: sum([1, 2], 0.5))
probe("any empty", lambda: any([]))
probe("all empty", lambda: all([]))
probe("enumerate start", lambda: list(enumerate("ab", start=-1)))
probe("enumerate float start", lambda: list(enumerate("ab", 1.5)))
probe("zip strict", lambda: list(zip([1], [1, 2], strict=True)))
probe("zip empty", lambda: list(zip()))
probe("map two", lambda: list(map(lambda a, b: a + b, [1, 2], [10])))
probe("filter none", lambda: list(filter(None, [0, 1, "", "a"])))
probe("len huge range", lambda: len(range(2 ** 63)))
probe("list from dict", lambda: list({1: 2, 3: 4}))
probe("tuple from str", lambda: tuple("ab"))
probe("set from dict", lambda: set({1: 2}))
probe("dict from zip", lambda: dict(zip("ab", range(2))))
probe("list index of nan", lambda: [float("nan")].index(float("nan")))
probe("count nan", lambda: [float("nan")].count(float("nan")))
probe("list remove during", lambda: (lambda l: [l.remove(x) for x in l] and l)([1, 2, 3, 4]))
seen = []
data = [3, 1, 2]
def key_len(x):
    seen.append(len(data))
    return x
data.sort(key=key_len)
print(seen, data)
def key_fail(x):
    if x == 2:
        raise ValueError("bad key")
    return x
data = [3, 1, 2]
try:
    data.sort(key=key_fail)
except ValueError as e:
    print(e, data)
data = [3, 1, 2]
def key_append(x):
    data.append(x)
    return x
try:
    data.sort(key=key_append)
except ValueError as e:
    print(e, data)
probe("hash slice", lambda: hash(slice(1)))
probe("slice in set", lambda: {slice(1)})
probe("slice eq", lambda: slice(1, 2) == slice(1, 2))
probe("slice lt", lambda: slice(1, 2) < slice(1, 3))
probe("slice indices", lambda: slice(None, None, -1).indices(5))
probe("slice attrs", lambda: (slice(3).start, slice(3).stop, slice(3).step))
