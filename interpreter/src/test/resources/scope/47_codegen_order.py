def f(items):
    for i in later:
        pass
    later = items
    d = {k: v for k, v in items}
    first = {p: q, r: s}
    p = q = r = s = 0
    (a, b), c = (1, 2), 3
    e = (g := 4) + g
    return d
