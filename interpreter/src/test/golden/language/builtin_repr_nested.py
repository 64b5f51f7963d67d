print([1, [2, [3, []]]], (1, (2,)), {"a": {"b": [None]}})
print(repr(["it's", 'say "x"']), [1.0, -0.0, 1e100])
xs = [1]
xs.append(xs)
print(xs)
d = {}
d["self"] = d
print(d)
print(repr(()), repr((1,)), repr(set()), repr(frozenset()), repr({}))
print([print])
print({True: 1.5, None: "x"})
