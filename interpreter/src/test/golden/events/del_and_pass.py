def f():
    x = 1
    del x
    pass

f()
