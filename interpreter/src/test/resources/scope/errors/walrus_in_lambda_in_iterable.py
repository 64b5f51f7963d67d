def f(w):
    return [x for x in (lambda: (y := 1))()]
