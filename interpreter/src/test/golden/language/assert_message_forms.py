def positive(x):
    assert x, str(x) + " is falsy"
    return x


def in_range(x):
    assert 0 <= x < 10, "out of range: %d" % x
    return x


def both(a, b):
    assert a and not b, repr((a, b))


for call in [lambda: positive(0), lambda: in_range(12), lambda: both(1, 1)]:
    try:
        call()
    except AssertionError as e:
        print(type(e).__name__, e.args)
both(0, 0)
