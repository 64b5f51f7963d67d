d = {"b": 2, "a": 1}
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5)
print(d)
print(d.popitem(), d)
e = d.copy()
e["z"] = 0
print(len(d), len(e))
print(dict.fromkeys("xyz", 0))
print(sorted(d), sorted(d.items(), key=lambda kv: -kv[1]))
d.clear()
print(d, bool(d))
print({}.popitem())
