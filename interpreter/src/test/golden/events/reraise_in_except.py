def f():
    try:
        [][0]
    except IndexError:
        raise

try:
    f()
except IndexError:
    print("again")
