xs = ["a", "b", "c"]
for i, x in reversed(list(enumerate(xs))):
    print(i, x)
print(list(zip(range(3), reversed(xs))))
print(dict(enumerate("xyz")), list(enumerate([], 5)))
e = enumerate("ab")
print(next(e), list(e), type(e).__name__)
print(list(reversed([])), list(reversed((1, 2))))
print(reversed({1: 2}).__class__.__name__)
reversed({1, 2})
