print("start")
def f(x, y, x=1):
    pass
