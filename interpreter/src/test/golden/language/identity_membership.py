a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in a, 3 not in a, "ell" in "hello", "x" in {"x": 1})
print([1] in [[1], [2]], (1, 2) in {(1, 2)})
print(1 in range(0, 10, 2), 4 in range(0, 10, 2))
print(3 in 5)
