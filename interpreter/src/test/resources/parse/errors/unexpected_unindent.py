if x:
    @dec
def f():
    pass
