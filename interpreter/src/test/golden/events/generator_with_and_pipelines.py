def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    yield from (x * x for x in source)


pipeline = squares(evens(numbers(7)))
print(list(pipeline))
gen = numbers(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
print(sum(x for x in numbers(4) if x % 3), max(numbers(3)), sorted(numbers(3), reverse=True))
lazy = (c.upper() for c in "abc")
print(next(lazy), list(lazy), list(lazy))
