def outer(a):
    b = a * 2
    def inner():
        return a + b
    return inner

f = outer(5)
print(f())
print(len(f.__closure__))
print(f.__closure__[0].cell_contents)
print(f.__closure__[1].cell_contents)
print(outer.__closure__)
g = outer(100)
print(g.__closure__[0].cell_contents, f.__closure__[0].cell_contents)
