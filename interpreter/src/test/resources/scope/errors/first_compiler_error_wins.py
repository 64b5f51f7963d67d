def f():
    x = 1
yield 2
return 3
