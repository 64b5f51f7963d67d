d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
print(d.get("four"), d.get("four", 4), "one" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["one"]
print(d)
d["two"] = 22
print(d, dict(a=1, b=2), dict([("x", 1)]))
print(d.pop("two"), d, d.pop("nope", "default"))
print({1: "a", True: "b", 1.0: "c"})
print(d["missing"])
