from itertools import chain, accumulate, starmap
import operator

print(list(chain([1, 2], "ab", (3,))))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(starmap(lambda a, b: a + b, zip("ab", "cd"))))
