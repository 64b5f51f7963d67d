xs = [1, 2]
ys = (3, 4)
print([*xs, *ys, 5])
print((*xs, 0))
print({*xs, *ys})
d1 = {"a": 1}
d2 = {"b": 2, "a": 0}
print({**d1, **d2, "c": 3})
print(*xs, *"hi")
print([*range(3), *"ab"])
