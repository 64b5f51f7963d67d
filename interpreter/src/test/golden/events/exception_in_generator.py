def gen():
    yield 1
    raise ValueError("in gen")

try:
    for v in gen():
        print(v)
except ValueError:
    print("caught")
