import itertools

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
