def f(flag):
    x = 1
    if flag:
        x = 2

def g():
    pass

f(False)
f(True)
g()
