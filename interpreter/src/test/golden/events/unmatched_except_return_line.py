def f():
    try:
        raise KeyError
    except ValueError:
        pass
def g():
    try:
        yield 1
    except ValueError:
        pass
try:
    f()
except KeyError:
    pass
x = g()
next(x)
try:
    x.throw(KeyError)
except KeyError:
    pass
def h():
    try:
        yield 1
    except ValueError:
        pass
for v in h():
    raise KeyError
