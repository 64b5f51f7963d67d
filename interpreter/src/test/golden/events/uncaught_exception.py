def f():
    return 1 / 0

print("start")
f()
