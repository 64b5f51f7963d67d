def g():
    x = 1
    def f():
        x: int = 1
        nonlocal x
