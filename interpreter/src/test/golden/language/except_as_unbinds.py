e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
print("e" in globals())
def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as x:
    print(x)
print(e)
