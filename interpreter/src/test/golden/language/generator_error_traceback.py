def numbers():
    yield 1
    yield 2
    raise ValueError("ran out")

def doubled(src):
    for n in src:
        yield n * 2

def consume():
    out = []
    for v in doubled(numbers()):
        out.append(v)
    return out

print("start")
consume()
