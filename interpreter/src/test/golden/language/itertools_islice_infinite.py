import itertools

def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def squares():
    for n in naturals():
        yield n * n

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(squares(), 2, 6)))
print(list(itertools.islice(naturals(10), 0, 10, 3)))
evens = (n for n in naturals() if n % 2 == 0)
print(list(itertools.islice(evens, 3)), next(evens))
print(list(itertools.islice("abcdef", None, None, 2)))
print(list(itertools.takewhile(lambda x: x < 20, squares())))
print(list(zip("abc", naturals())))
counter = itertools.count(5, 5)
print(next(counter), next(counter), list(itertools.islice(counter, 2)))
cyc = itertools.cycle("xy")
print([next(cyc) for _ in range(5)])
print(list(itertools.repeat("z", 3)))
try:
    itertools.islice(naturals(), -1)
except ValueError as e:
    print("ValueError:", e)
try:
    itertools.islice(naturals(), 1, 2, 0)
except ValueError as e:
    print("ValueError:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
print(next(itertools.dropwhile(lambda v: v < 100, fib())))
