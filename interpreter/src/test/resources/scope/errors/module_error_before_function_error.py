def f():
    nonlocal a
nonlocal b
