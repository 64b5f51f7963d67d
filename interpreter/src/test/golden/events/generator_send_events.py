def echo():
    got = yield "ready"
    while True:
        got = yield got * 2

g = echo()
print(next(g))
print(g.send(5))
