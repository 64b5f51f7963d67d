def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1

print(find([5, 6, 7], 6), find([], 1))
