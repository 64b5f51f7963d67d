def nest(depth):
    box = []
    for _ in range(depth):
        box = [box]
    return box


def show(depth):
    try:
        return len(str([nest(depth)]))
    except RecursionError as e:
        return str(e)


print(show(10), show(500))
print(show(997))
print(str(nest(100000)))
