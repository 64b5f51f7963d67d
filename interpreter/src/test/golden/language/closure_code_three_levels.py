def outer(a, b=2):
    c = a + b
    def middle(d):
        e = d * 2
        def inner(f):
            g = f + c + e
            return g
        print("inner freevars:", inner.__code__.co_freevars)
        print("inner varnames:", inner.__code__.co_varnames)
        print("inner cellvars:", inner.__code__.co_cellvars)
        return inner
    print("middle freevars:", middle.__code__.co_freevars)
    print("middle cellvars:", middle.__code__.co_cellvars)
    print("middle varnames:", middle.__code__.co_varnames)
    return middle

m = outer(1)
i = m(10)
print(i(100))
print("outer cellvars:", outer.__code__.co_cellvars)
print("outer varnames:", outer.__code__.co_varnames)
print("outer freevars:", outer.__code__.co_freevars)
print([c.cell_contents for c in i.__closure__])
print([c.cell_contents for c in m.__closure__])
print(outer.__closure__, i.__name__, i.__qualname__)
print(m.__qualname__, outer.__code__.co_argcount, i.__code__.co_argcount)
print(outer.__code__.co_name, i.__code__.co_name)
print(outer.__defaults__, m.__defaults__)

def passthrough():
    x = 1
    def mid():
        def deep():
            return x
        return deep
    return mid
print(passthrough.__code__.co_cellvars, passthrough().__code__.co_freevars,
      passthrough().__code__.co_cellvars)
print(passthrough()().__code__.co_freevars)
