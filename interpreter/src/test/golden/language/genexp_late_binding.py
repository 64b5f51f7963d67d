n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

items = [1, 2, 3]
g2 = (i * 2 for i in items)
items = [7, 8]
print(list(g2))

gens = [(i * j for j in range(2)) for i in range(3)]
print([list(x) for x in gens])

gens2 = []
for i in range(3):
    gens2.append(x * i for x in range(2))
print([list(x) for x in gens2])

def make(i):
    return (x * i for x in range(2))
print([list(make(i)) for i in range(3)])

try:
    bad = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)
lazy = (undefined_other for x in [1])
try:
    next(lazy)
except NameError as e:
    print("NameError at next:", e)
g3 = (x for x in range(2))
print(next(g3), next(g3), next(g3, "end"))
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(type(g3).__name__, g3.__name__, g3.__qualname__)
