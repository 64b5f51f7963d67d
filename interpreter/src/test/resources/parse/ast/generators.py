def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield 5)
    await_ = 1
    yield *a, b
    return (yield)
