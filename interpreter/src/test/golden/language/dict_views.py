d = {"a": 1, "b": 2}
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d["c"] = 3
print(keys, len(vals), ("c", 3) in items)
print(keys & {"a", "z"}, keys - {"a"})
print(list(reversed(d)))
print(keys[0])
