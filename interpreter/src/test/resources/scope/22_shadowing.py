x = "global"

def f():
    x = "local"
    def g():
        return x
    return g

def h():
    print(x)

def k():
    x = 1
    def m():
        x = 2
        return x
    return m
