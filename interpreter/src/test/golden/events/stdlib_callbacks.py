from functools import reduce, partial, lru_cache
from itertools import groupby, accumulate

def add(a, b):
    return a + b

@lru_cache(maxsize=None)
def double(n):
    return n * 2

print(reduce(add, [1, 2, 3]))
print(partial(add, 10)(5))
print(double(2), double(2))
print([k for k, g in groupby("aab", key=lambda c: c.upper())])
print(list(accumulate([1, 2, 3], add)))
