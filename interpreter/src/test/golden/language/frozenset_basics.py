f = frozenset([1, 2, 3])
print(f, len(f), 2 in f)
print(f | {4}, f & frozenset([2, 9]))
print(frozenset(), frozenset("aa"))
d = {f: "frozen keys work"}
print(d[frozenset([3, 2, 1])])
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
f.add(4)
