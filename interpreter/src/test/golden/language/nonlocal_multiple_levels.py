def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        inner()
        return inner
    f = middle()
    f()
    print("outer x", x)
    return f

f = outer()
print(f(), f.__closure__[0].cell_contents)
def shadowing():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    return mid(), x
print(shadowing())
