words = ["apple", "bob", "cat", "apple"]
print({len(w) for w in words})
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
inverse = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverse)
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
nested = {i: [j for j in range(i)] for i in range(3)}
print(nested)
print({i: i for i in range(3)}[3])
