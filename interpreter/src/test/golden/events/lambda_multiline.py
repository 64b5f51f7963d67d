ops = {
    "double": lambda x: x * 2,
    "describe": lambda x: (
        "neg" if x < 0
        else "pos"
    ),
}
pairs = sorted(
    [(3, "c"), (1, "a"), (2, "b")],
    key=lambda p:
        p[0],
    reverse=True,
)
print(pairs)
print(ops["double"](4), ops["describe"](-1), ops["describe"](2))
apply = lambda f, *args: f(*args)
print(apply(lambda a, b: a - b, 5, 3))
fail = lambda d: d["missing"]
fail({})
