def f():
    try:
        getstate = 1
except AttributeError:
        pass
