def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(next(f), f.gi_running)
g = fib()
print(next(g), next(g), next(f))
def r():
    yield next(me)
me = r()
next(me)
