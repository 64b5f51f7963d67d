def gen():
    x = 0
    while True:
        x += 1
        yield x

g = gen()
print(next(g))
print(next(g))
