def f():
    if 0:
        never = 1
    while False:
        nope = 2
    return 1
    after = 3
