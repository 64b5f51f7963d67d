def f():
    print x
