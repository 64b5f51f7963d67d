def f(a):
    global a
    return a
