import functools

late = [lambda: i for i in range(3)]
print([f() for f in late])

fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])

def show(n):
    return n * n
parts = [functools.partial(show, i) for i in range(3)]
print([p() for p in parts])
print(parts[1].args, parts[1].keywords, parts[1].func is show)

grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])
grid2 = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid2])

def factory(i):
    return lambda: i
made = [factory(i) for i in range(3)]
print([f() for f in made])

adders = {}
for name, k in [("one", 1), ("two", 2)]:
    adders[name] = lambda x: x + k
print(adders["one"](10), adders["two"](10))
k = 100
print(adders["one"](10))
print(late[0].__closure__[0].cell_contents, fixed[0].__defaults__)
print(late[0].__code__.co_freevars, fixed[0].__code__.co_varnames)
print(late[0].__name__, late[0].__qualname__)
