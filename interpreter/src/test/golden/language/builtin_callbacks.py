import functools, itertools, operator

def key(v):
    return -v

def pred(v):
    return v % 2 == 0

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums, key=key))
print(max(nums, key=key), min(nums, key=lambda v: v))
print(list(map(key, nums[:3])), list(filter(pred, nums)))
print(any(pred(v) for v in nums), all(map(pred, [2, 4])))
print(functools.reduce(lambda a, b: a + b, nums))
print(list(itertools.takewhile(lambda v: v < 5, nums)))
print([(k, list(g)) for k, g in itertools.groupby(sorted(nums), key=pred)])
print(list(itertools.accumulate(nums, lambda a, b: a * b))[:4])
print(list(itertools.starmap(lambda a, b: a - b, [(5, 2), (1, 1)])))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(8), fib.cache_info())
half = functools.partial(operator.truediv, b=2) if False else functools.partial(lambda a, b: a / b, b=2)
print(half(9))
d = {"x": 3, "y": 1}
print(sorted(d, key=d.get), sorted(d.items(), key=operator.itemgetter(1)))
it = iter(lambda: nums.pop(), 9)
print(list(it))
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"P({self.v})"
print(sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), min(P(2), P(1)))
print("{0.v} {0!r:>8}".format(P(7)))
