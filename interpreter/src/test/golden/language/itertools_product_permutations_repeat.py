import itertools

print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product([1, 2], "xy")), list(itertools.product()))
print(list(itertools.permutations([1, 2, 3], 2)))
print(len(list(itertools.permutations(range(4)))), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations(range(3), 0)))
print(list(itertools.combinations_with_replacement("ab", 2)))
for bad in [lambda: itertools.permutations([1], -1), lambda: itertools.combinations([1]),
            lambda: itertools.product([1], repeat=-1), lambda: itertools.count("a"),
            lambda: itertools.repeat()]:
    try:
        print(list(bad()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: itertools.repeat(1, 2, 3), lambda: itertools.repeat(times=2)]:
    try:
        print(list(bad()))
    except TypeError as e:
        print(e)
print(list(itertools.repeat(object="o", times=2)))
