def make(n):
    scale = 10
    f = lambda x, y=n, *rest, k=scale, **kw: x + y + k + len(rest) + len(kw)
    g = lambda: (lambda: n)()
    return f, g
