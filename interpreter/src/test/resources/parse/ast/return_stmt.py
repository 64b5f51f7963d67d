def f():
    return 1, 2
def g():
    return *a, b
def h(x):
    if x:
        return
    return x
