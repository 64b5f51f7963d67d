first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
(x, y), w = (1, 2), 3
print(x, y, w)
a, b = b, a = 1, 2
print(a, b)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
p, q = [1, 2, 3]
