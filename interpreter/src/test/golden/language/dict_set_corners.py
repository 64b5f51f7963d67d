d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d["z"] = 0
print(keys, len(keys), "z" in keys, keys & {"a", "q"}, keys | {"n"} == {"a", "c", "b", "z", "n"}, keys - {"a"})
print(d.items() & {("a", 2)}, list(reversed(d)), dict(reversed(list(d.items()))))
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3})
print(d.get("nope"), d.get("nope", "dflt"), d.setdefault("a", 99), d.setdefault("new", []), d.pop("new"), d.pop("gone", "x"))
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
e.update(b=5, d=6)
e.update([("a", 1)])
print(e, e | {"a": "merged"}, {**e, "c": None})
e |= {"q": 1}
print(e, sorted(e, key=e.get), min(e, key=lambda k: (e[k], k)))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    {}["missing"]
except KeyError as exc:
    print("KeyError:", exc, repr(exc))
try:
    {[1]: 2}
except TypeError as exc:
    print("TypeError:", exc)
try:
    {}.popitem()
except KeyError as exc:
    print("KeyError:", exc)
s = {3, 1, 2}
s2 = {2, 3, 4}
print(s | s2, s & s2, s - s2, s ^ s2, s <= s2, {1} < s, s.isdisjoint({9}), s.issuperset([1, 2]))
print(sorted({"pear", "apple", "fig"}), {(1, 2), (0, 1)}, {None, 1, True, 1.0}, set("hello"))
s.add(10); s.discard(99); s.remove(1)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as exc:
    print("KeyError:", exc)
fs = frozenset([1, 2])
print(fs, fs | {3}, {3} | fs, type(fs | {3}).__name__, type({3} | fs).__name__, frozenset(), set())
print({fs: "frozen ok"}[frozenset({2, 1})])
try:
    {1} + {2}
except TypeError as exc:
    print("TypeError:", exc)
try:
    s = set()
    s.add({})
except TypeError as exc:
    print("TypeError:", exc)
print({x % 3 for x in range(10)}, {k: v for k, v in zip("ab", [1, 2])}, dict(zip(range(3), "xyz")))
print(dict(a=1) == {"a": 1}, {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values(), list({}.items()))
