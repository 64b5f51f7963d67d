funcs = []
i = 0
while i < 3:
    funcs.append(lambda: i)
    i += 1
print([f() for f in funcs])

bound = []
for j in range(3):
    bound.append(lambda j=j: j * 10)
print([f() for f in bound])


def make_adders():
    adders = []
    for k in range(3):
        def add(x, k=k):
            return x + k
        adders.append(add)
    return adders


print([a(100) for a in make_adders()])
print([k for k in range(2)], "k" in dir())
squares = [(y := n * n) for n in range(4)]
print(squares, y)
print(any((hit := w).startswith("b") for w in ["a", "bb", "c"]), hit)
