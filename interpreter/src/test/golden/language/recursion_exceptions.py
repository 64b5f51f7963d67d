def depth(n):
    if n == 0:
        raise LookupError("bottom reached")
    return depth(n - 1) + 1


def safe_depth(n):
    try:
        return depth(n)
    except LookupError as e:
        print("caught at top:", e)
        return -1


print(safe_depth(3))


def parse_all(items):
    return [parse(x) for x in items]


def parse(x):
    return int(x)


try:
    parse_all(["1", "x"])
except ValueError as e:
    print(e)
depth(2)
