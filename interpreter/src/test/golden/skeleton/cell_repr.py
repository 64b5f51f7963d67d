def outer():
    n = 42
    s = "text"
    items = [1, 2]
    def inner():
        return n, s, items
    return inner

f = outer()
print(f.__closure__[0])
print(f.__closure__[1])
print(f.__closure__[2])
print(f.__closure__)
