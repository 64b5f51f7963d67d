def g():
    def f():
        nonlocal a, b
    a = 1
