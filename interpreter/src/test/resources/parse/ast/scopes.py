def outer():
    x = 1
    def inner():
        nonlocal x
        global y, z
        x += 1
    return inner

global g
del a
del a, b
del a.b, c[0]
del (a, b)
del [a, b]
