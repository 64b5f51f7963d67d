def f():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")

try:
    f()
except KeyError:
    pass
print("end")
