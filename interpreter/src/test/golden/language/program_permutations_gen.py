def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [first] + perm

print(list(permutations("abc")))
print(sum(1 for _ in permutations([1, 2, 3, 4])))
print(next(permutations([3, 1, 2])))
