def f():
    return
return 1
def g(x):
    global x
