people = [("ann", 31), ("bob", None), ("cy", 25)]
try:
    sorted(people, key=lambda p: p[1])
except TypeError as e:
    print("TypeError:", e)
by_age = sorted(people, key=lambda p: (p[1] is None, p[1] or 0))
print(by_age)
scores = {"ann": 3, "bob": 5}
ranked = sorted(scores, key=lambda name: -scores[name])
print(ranked)
lookup = lambda name: scores[name] * 2
print(list(map(lookup, ["ann", "bob", "dee"])))
