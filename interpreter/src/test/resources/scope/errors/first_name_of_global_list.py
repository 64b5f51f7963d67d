def f():
    y = 1
    x = 2
    global y, x
