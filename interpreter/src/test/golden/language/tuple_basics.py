t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2])
print((), (1,), (1), tuple("ab"), tuple([1, 2]))
print(t + (4,), (0,) * 3, 2 in (1, 2), (1, 2) < (1, 3))
print(t.index("two"), (1, 1, 2).count(1))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)))
t[0] = 5
