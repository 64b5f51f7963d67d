def outer(x):
    def middle(y):
        def inner(z):
            return z * 2
        return inner(y) + 1
    return middle(x) - 1


print(outer(5))


def compose(*fns):
    def run(value):
        for fn in reversed(fns):
            value = fn(value)
        return value
    return run


pipeline = compose(str, lambda v: v + 1, outer)
print(repr(pipeline(3)))
print(list(map(lambda s: s.strip(), [" a ", "b "])), list(filter(None, [0, 1, 2])))
