@dec
def f():
    pass

@a.b
@c(1, 2)
@d
def g(x):
    return x

@wraps
class C:
    pass

@x[0]
def h(): pass
