def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kwargs):
    return

def p(a, b, /, c, *, d):
    return a

def q(a=1, /, b=2):
    pass

def ann(a: int, b: str = "x", *args: tuple, **kw: dict) -> bool:
    return True

def one(): return 1

def star(*, a, b=3):
    pass
