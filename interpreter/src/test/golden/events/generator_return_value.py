def gen():
    yield 1
    return 5

def outer():
    r = yield from gen()
    print(r)

list(outer())
