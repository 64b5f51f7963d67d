# Closures created inside comprehensions: each comprehension has its own scope.
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders])
print([f(10) for f in late])

cl = late[0].__closure__
print(len(cl), type(cl[0]).__name__, cl[0].cell_contents)
print(late[0].__closure__[0] is late[2].__closure__[0])
print(late[0].__code__.co_freevars, adders[0].__code__.co_freevars)
print(late[0].__qualname__)
print(adders[1].__defaults__)

def outer():
    fs = {k: (lambda: k * 2) for k in "ab"}
    return fs
fs = outer()
print(sorted(fs), fs["a"](), fs["b"]())
print(fs["a"].__qualname__)

gen = (lambda: i for i in range(2))
funcs = list(gen)
print([f() for f in funcs])
print(funcs[0].__code__.co_freevars)
print([c.cell_contents for c in funcs[0].__closure__])
