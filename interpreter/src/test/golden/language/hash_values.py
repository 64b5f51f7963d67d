# hash() of builtin values under PYTHONHASHSEED=0: set order depends on these
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5), hash(-2.5))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(2 ** 100), hash(10 ** 20))
print(hash(""), hash("a"), hash("hello"), hash("é"), hash("\u2603"), hash("\U0001F600"))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, "a"))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a", "b"})))
print(hash(float("inf")), hash(1e300), hash(1e-300), hash(0.1))
print(hash((1, [2])))
