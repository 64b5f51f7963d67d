def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    print(inner())
    del value
    return inner

f = outer()
f()
