def f():
    yield 1
    return 2
yield 3
