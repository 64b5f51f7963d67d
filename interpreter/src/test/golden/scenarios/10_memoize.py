# Memoization: a cache dict held in a closure cell remembers results.

def memoize(func):
    cache = {}             # one dict, shared by every call of wrapper

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    # The recursive calls go through the global name fib, i.e. wrapper,
    # so every intermediate result lands in the cache too.
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(10))
cache = fib.__closure__[0].cell_contents
print(len(cache), sorted(cache)[:5])
print(fib(12), len(cache))
