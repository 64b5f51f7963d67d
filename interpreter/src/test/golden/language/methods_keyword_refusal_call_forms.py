cases = [
    lambda: [].append(x=1),
    lambda: [].index(x=1),
    lambda: "a".upper(x=1),
    lambda: "a".find(x=1),
    lambda: {}.get(x=1),
    lambda: {}.pop(x=1),
    lambda: set().add(x=1),
    lambda: set().union(x=1),
    lambda: set().update(x=1),
    lambda: set().intersection_update(x=1),
    lambda: set().difference_update(x=1),
    lambda: set().symmetric_difference(x=1),
    lambda: set().issuperset(x=1),
    lambda: set().isdisjoint(x=1),
    lambda: frozenset().intersection(x=1),
    lambda: (1,).index(x=1),
    lambda: range(3).index(x=1),
    lambda: (1).bit_length(x=1),
    lambda: (1.0).hex(x=1),
    lambda: float.fromhex(x=1),
    lambda: dict.fromkeys(x=1),
    lambda: "a".ljust(3, 1),
    lambda: "a".rjust(3, "ab"),
    lambda: "a".center(3, ""),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
