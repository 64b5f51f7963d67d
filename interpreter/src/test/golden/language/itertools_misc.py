import itertools

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")))
print(list(itertools.islice(itertools.count(), 0, 10, 4)))
it = iter([1, 2, 3, 4])
print(list(itertools.islice(it, 2)), list(it))
print(list(itertools.islice("abc", -1)))
