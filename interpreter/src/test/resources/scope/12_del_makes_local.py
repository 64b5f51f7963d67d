x = 1

def f():
    del x

def g():
    y = 1
    del y
    return 0
