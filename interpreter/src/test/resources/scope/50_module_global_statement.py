global x
x = 1

def f():
    return x

class K:
    global y
    y = 2
