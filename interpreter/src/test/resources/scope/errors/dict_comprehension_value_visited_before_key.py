def f(d):
    return {(k := 1): [(yield) for v in d] for k in d}
