gen = lambda: (yield 1)
def outer():
    return lambda xs: (yield from xs)
