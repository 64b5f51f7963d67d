def a():
    x = "a's x"
    def b():
        y = "b's y"
        def c():
            return x + " / " + y
        return c
    return b

c = a()()
print(c())
print(c.__code__.co_freevars, c.__qualname__)
print(a.__code__.co_cellvars, a().__code__.co_cellvars, a().__code__.co_freevars)
print([cell.cell_contents for cell in c.__closure__])
