@(yield)
def f(x=(yield 2)):
    pass
