def gen():
    yield 1
    yield 2

for v in gen():
    print(v)
