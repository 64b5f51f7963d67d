def f():
    yield 1
    return [(yield x) for x in range(3)]
