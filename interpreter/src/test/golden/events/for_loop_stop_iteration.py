class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
def g():
    yield 1
    return 5
def h():
    yield 1
for x in Count(1):
    pass
for x in g():
    pass
for x in h():
    pass
print([x for x in g()])
print(list(g()))
def delegate():
    r = yield from g()
    yield r
print(list(delegate()))
