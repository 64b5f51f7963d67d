s = {"cell", "frame", "closure", "scope"}
print(s)
print(sorted(s))
print(set("hello"))
print({"a", "b", "c", "d", "e"})
for word in {"x", "y", "z"}:
    print(word)
print(frozenset(["one", "two", "three"]))
