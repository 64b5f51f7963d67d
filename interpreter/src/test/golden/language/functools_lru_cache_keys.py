from functools import lru_cache, cache

def make_counter_fib():
    calls = 0
    @lru_cache(maxsize=None)
    def fib(n):
        nonlocal calls
        calls += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    def stats():
        return calls
    return fib, stats

fib, stats = make_counter_fib()
print(fib(30), stats())
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(5), stats())
print(fib.__wrapped__.__name__, fib.__name__)

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())

@cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(50), tri.cache_info())

try:
    square([1])
except TypeError as e:
    print(e)
print(square(2.0), square(True))
print(square.cache_info().hits, square.cache_info().currsize)
