def f(a, b):
    return [(x := 1) for x in [(y := 2) for y in b]]
