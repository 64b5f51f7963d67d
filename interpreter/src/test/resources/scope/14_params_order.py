def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    local = a
    return local

def cells(z, a, *rest, m, **kw):
    def inner():
        return z, a, rest, m, kw, later
    later = 1
    return inner
