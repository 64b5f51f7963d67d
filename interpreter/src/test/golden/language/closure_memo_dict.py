def memo(f):
    cache = {}
    def inner(n):
        if n in cache:
            print("hit", n)
            return cache[n]
        cache[n] = f(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def square(n):
    return n * n

print(square(3), square(3), square(4))
print(square.cache, square.__closure__[0].cell_contents is square.cache)
print(sorted(square.__code__.co_freevars))
