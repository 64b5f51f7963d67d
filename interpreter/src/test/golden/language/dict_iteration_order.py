d = {}
for word in ["pear", "apple", "fig", "apple", "kiwi"]:
    d[word] = d.get(word, 0) + 1
print(d)
for k in d:
    print(k, d[k])
del d["apple"]
d["apple"] = 9
print(list(d))
print({k: v for k, v in sorted(d.items())})
print(d == {"kiwi": 1, "apple": 9, "fig": 1, "pear": 1})
for k in d:
    d["new"] = 1
