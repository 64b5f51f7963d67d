for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=10)))
print(list(zip("ab", [1, 2, 3])), list(zip()))
names = ["ada", "alan"]
ages = [36, 41]
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip("ab", "cd", "ef")))
print(list(zip([1], [2, 3], strict=True)))
