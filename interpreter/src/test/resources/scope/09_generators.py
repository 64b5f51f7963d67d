def countdown(n):
    while n > 0:
        yield n
        n -= 1

def delegate(xs):
    yield from xs
    return len(xs)

def plain(xs):
    return (x for x in xs)

squares = (k * k for k in range(4))
