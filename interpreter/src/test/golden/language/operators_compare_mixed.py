def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

nan = float("nan")
inf = float("inf")
probe("list lt mixed", lambda: [1, "a"] < [1, 2])
probe("list lt mixed equal prefix", lambda: [1, "a"] < [1, "b"])
probe("list lt shorter", lambda: [1, 2] < [1, 2, "x"])
probe("list lt different first", lambda: [0, "a"] < [1, 2])
probe("tuple lt mixed", lambda: (1, None) < (1, 2))
probe("tuple le none equal", lambda: (1, None) <= (1, None))
probe("tuple gt none", lambda: (None,) > (None,))
probe("tuple lt list", lambda: (1,) < [1])
probe("tuple eq list", lambda: (1,) == [1])
probe("list eq tuple", lambda: [1] != (1,))
probe("nested lt", lambda: [[1, 2], [3]] < [[1, 2], [3, 0]])
probe("nested mixed", lambda: [[1], "x"] < [[1], 3])
probe("set lt", lambda: {1} < {1, 2})
probe("set le", lambda: {1, 2} <= {1, 2})
probe("set lt equal", lambda: {1, 2} < {1, 2})
probe("set gt", lambda: {1, 2, 3} > {1})
probe("set ge disjoint", lambda: {1} >= {2})
probe("set lt frozenset", lambda: {1} < frozenset({1, 2}))
probe("frozenset eq set", lambda: frozenset({1, 2}) == {2, 1})
probe("set lt list", lambda: {1} < [1, 2])
probe("set le dict", lambda: {1} <= {1: 2})
probe("set eq list", lambda: {1} == [1])
probe("dict eq order", lambda: {1: 2, 3: 4} == {3: 4, 1: 2})
probe("dict ne value", lambda: {1: 2} != {1: 3})
probe("dict lt", lambda: {1: 2} < {1: 3})
probe("dict eq nested", lambda: {1: [1, 2]} == {1: [1, 2]})
probe("dict keys eq set", lambda: {1: 2}.keys() == {1})
probe("dict values eq", lambda: {1: 2}.values() == {1: 2}.values())
probe("dict items lt", lambda: {1: 2}.items() < {(1, 2), (3, 4)})
probe("neg zero", lambda: -0.0 == 0)
probe("neg zero int", lambda: 0 == -0.0)
probe("neg zero lt", lambda: -0.0 < 0)
probe("neg zero set", lambda: len({0, -0.0, 0.0, False}))
probe("nan eq", lambda: nan == nan)
probe("nan ne", lambda: nan != nan)
probe("nan lt", lambda: nan < 1)
probe("nan ge", lambda: nan >= nan)
probe("nan list eq", lambda: [nan] == [nan])
probe("nan list eq fresh", lambda: [float("nan")] == [float("nan")])
probe("nan tuple lt", lambda: (nan, 1) < (nan, 2))
probe("nan tuple lt fresh", lambda: (float("nan"), 1) < (float("nan"), 2))
probe("nan in list", lambda: nan in [nan])
probe("inf cmp big int", lambda: inf > 10 ** 400)
probe("float cmp big int", lambda: 1e300 < 10 ** 400)
probe("float eq big int", lambda: float(2 ** 60) == 2 ** 60)
probe("float eq big int plus one", lambda: float(2 ** 60) == 2 ** 60 + 1)
probe("float lt big int plus one", lambda: float(2 ** 60) < 2 ** 60 + 1)
probe("huge int eq float", lambda: 10 ** 400 == inf)
probe("int true eq", lambda: 1 == True)
probe("bool lt int", lambda: True < 2)
probe("bool lt float", lambda: False < 0.5)
probe("str eq int", lambda: "1" == 1)
probe("str lt str", lambda: "B" < "a")
probe("str lt unicode", lambda: "z" < "é")
probe("str lt prefix", lambda: "ab" < "abc")
probe("none eq none", lambda: None == None)
probe("none lt none", lambda: None < None)
probe("none le int", lambda: None <= 1)
probe("range eq", lambda: range(0) == range(2, 2))
probe("range eq step", lambda: range(0, 3, 2) == range(0, 4, 2))
probe("range eq list", lambda: range(2) == [0, 1])
probe("range lt", lambda: range(1) < range(2))
probe("func lt", lambda: probe < probe)
probe("func eq", lambda: probe == probe)
probe("type lt", lambda: int < float)
probe("type eq", lambda: int == int)
probe("chain mixed", lambda: 1 < 2 < "a")
probe("chain short", lambda: 3 < 2 < "a")
probe("chain eq", lambda: 1 == 1.0 == True)
probe("list sort mixed", lambda: sorted([1, "a"]))
probe("list sort none", lambda: sorted([None, 1]))
probe("max mixed", lambda: max(1, "a"))
probe("min tuples", lambda: min((1, "a"), (1, 2)))
probe("in list mixed", lambda: "a" in [1, 2, "a"])
probe("in dict unhashable", lambda: [1] in {1: 2})
probe("in set unhashable", lambda: [1] in {1})
probe("in str int", lambda: 1 in "abc")
probe("in int", lambda: 1 in 5)
probe("in range float", lambda: 1.0 in range(3))
probe("in range bool", lambda: True in range(3))
probe("in range str", lambda: "a" in range(3))
probe("frozenset hash eq", lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
probe("tuple cmp with nan id", lambda: (nan,) == (nan,))
probe("list ne", lambda: [1, 2] != [1, 2])
probe("bool cmp str", lambda: True > "a")
probe("list gt none", lambda: [1] > None)
probe("set lt set ops", lambda: {1} - {1} < {2})
s = {1, 2}
t = s
s |= {3}
print(t, t is s)
s -= {1}
print(t, t is s)
s &= {2, 3, 4}
print(t, t is s)
s ^= {9}
print(t, t is s)
fs = frozenset({1})
fg = fs
fs -= {1}
print(fs, fg, fs is fg)
d = {1: 2}
e = d
d |= {3: 4}
print(e, d is e)
d |= [(5, 6)]
print(e)
d |= {1: "x"}.items()
print(e)
try:
    print({1: 2} | [(3, 4)])
except TypeError as err:
    print("TypeError", err)
try:
    print([(3, 4)] | {1: 2})
except TypeError as err:
    print("TypeError", err)
l = [1, 2]
m = l
l *= 0
print(m, l is m)
l = [1]
l *= -3
print(l)
k = (1, 2)
j = k
k += (3,)
print(j, k, k is j)
x = "ab"
try:
    x -= "a"
except TypeError as err:
    print("TypeError", err)
try:
    x += 1
except TypeError as err:
    print("TypeError", err)
try:
    x *= "b"
except TypeError as err:
    print("TypeError", err)
n = 5
try:
    n *= "ab"
    print(n)
except TypeError as err:
    print("TypeError", err)
n = None
try:
    n += 1
except TypeError as err:
    print("TypeError", err)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + other)
    def __repr__(self):
        return "V(%r)" % (self.v,)
v = V(1)
v += 2
print(v)
try:
    v -= 1
except TypeError as err:
    print("TypeError", err)
try:
    v *= "ab"
except TypeError as err:
    print("TypeError", err)
try:
    print(v * "ab")
except TypeError as err:
    print("TypeError", err)
try:
    print(-v)
except TypeError as err:
    print("TypeError", err)
try:
    print(v < v)
except TypeError as err:
    print("TypeError", err)
print(v == v, v != V(1))
print("%s" % [1, 2], "%s" % (range(3),), "x" % {}, "%(a)s" % {"a": 1})
try:
    print("%(a)s" % [1])
except TypeError as err:
    print("TypeError", err)
try:
    print("%s %s" % [1])
except TypeError as err:
    print("TypeError", err)
try:
    print("%(a)s" % 5)
except TypeError as err:
    print("TypeError", err)
print(True & False, True | False, True ^ True, True & 3, 1 | False, ~True, -True, +False)
print(int | None, None | int, type(None) | None)
probe("big int eq float exact", lambda: 2 ** 1000 == float(2 ** 1000))
probe("big int ne float", lambda: 2 ** 1000 + 1 == float(2 ** 1000))
probe("huge int eq inf", lambda: 10 ** 400 == 1e308)
probe("float eq int 53", lambda: 2.0 ** 53 + 1 == 2 ** 53 + 1)
probe("int le float", lambda: 2 ** 53 + 1 <= 2.0 ** 53)
probe("bool eq float", lambda: True == 1.0)
probe("hash float int", lambda: hash(2.0 ** 70) == hash(2 ** 70))
probe("dict float int key", lambda: {2 ** 70: "a"}[2.0 ** 70])
