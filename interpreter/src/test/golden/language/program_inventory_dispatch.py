def describe(value):
    if isinstance(value, bool):
        return "a bool"
    if isinstance(value, int):
        return "an int"
    if isinstance(value, (list, tuple)):
        return f"a sequence of {len(value)}"
    if isinstance(value, dict):
        return "a mapping of " + ", ".join(sorted(value))
    if value is None:
        return "nothing"
    return "something else: " + type(value).__name__

for v in [True, 3, [1, 2], (1,), {"b": 1, "a": 2}, None, 2.5, "s"]:
    print(repr(v), "is", describe(v))
