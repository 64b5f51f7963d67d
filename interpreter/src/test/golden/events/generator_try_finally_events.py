def reader(lines):
    try:
        for line in lines:
            if not line:
                return
            yield line.upper()
    except GeneratorExit:
        print("closed early")
        raise
    finally:
        print("reader done")


r = reader(["a", "b", "c"])
print(next(r))
r.close()
for x in reader(["x", "", "y"]):
    print(x)
g = reader(["q"])
print(list(g))
print(next(g, "exhausted"))


def failing():
    yield 1
    raise KeyError("inside generator")


try:
    for v in failing():
        print(v)
except KeyError as e:
    print("caught", e)
