def f():
    return [i for i in (j := [1])]
