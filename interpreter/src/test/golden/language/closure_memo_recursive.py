def memoize(func):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = func(n)
        cache[n] = result
        return result
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(10))
print(sorted(fib.cache.items())[:5])
print(len(fib.cache))

def make_memo():
    memo = {0: 1}
    def fact(n):
        if n not in memo:
            memo[n] = n * fact(n - 1)
        return memo[n]
    return fact, memo

fact, memo = make_memo()
print(fact(5), memo)
memo.clear()
memo[1] = 10
print(fact(3), sorted(memo))

def unhashable(func):
    cache = {}
    def wrapper(arg):
        return cache.setdefault(arg, func(arg))
    return wrapper

@unhashable
def length(x):
    return len(x)

print(length("abc"))
print(length([1, 2]))
