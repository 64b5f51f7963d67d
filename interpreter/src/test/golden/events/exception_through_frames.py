def f():
    return 1 / 0

def g():
    return f()

try:
    g()
except ZeroDivisionError:
    print("caught")
