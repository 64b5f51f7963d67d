nonlocal_ok = 1
def f():
    global g
    nonlocal g
