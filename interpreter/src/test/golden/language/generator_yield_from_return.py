def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def outer():
    a = yield from inner(3)
    print("inner returned", a)
    b = yield from inner(2)
    return a + b

g = outer()
print(next(g))
print(g.send(10))
print(g.send(5))
print(next(g))
print(g.send(7))
try:
    next(g)
except StopIteration as e:
    print("done", e.value, e.args)

def delegate_list():
    r = yield from [1, 2]
    return r
print(list(delegate_list()))

def gen_return_value():
    yield 1
    return "finished"
it = gen_return_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n
        n += 1
c = counter()
next(c); next(c); c.send(None)
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
g2 = counter()
try:
    g2.send(1)
except TypeError as e:
    print(e)
