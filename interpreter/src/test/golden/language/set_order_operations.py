words = "the quick brown fox jumps over the lazy dog and then some more words appear here".split()
a = set(words)
b = set("the fox and some other animals".split())
print(a)
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
print(a.union(b, ["zz"]), a.difference(b), a.intersection(b))
c = a.copy()
c.update(["q1", "q2"])
c.difference_update({"the"})
c.discard("fox")
print(c)
print(c.pop(), c.pop(), c)
d = {"b": 1, "a": 2, "c": 3}
print(set(d), d.keys() & {"a", "z"}, d.keys() - {"a"}, d.keys() | {"x"}, d.keys() ^ {"a", "q"})
t = set(range(100))
for i in range(0, 100, 3):
    t.discard(i)
print(t)
print({"x", "y", "z", "w"}, {(1, 2), (3, 4), (0, 0), (1, "a")}, {1.5, 2.5, 0.1, -3.7})
x = {1, 2, 3}
try:
    for v in x:
        x.add(v + 10)
except RuntimeError as e:
    print(e)
print({"a": 1}.keys() - {"b"}, x)
