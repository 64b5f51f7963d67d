a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a | {"z": 3}, {**b, "x": 0})
a |= {"y": 20}
print(a)
c = dict.fromkeys(["k1", "k2"])
print(c, len(c))
print({1: "int", 1.0: "float"}, {(1, 2): "tuple key"})
d = {}
d[[1]] = 2
