def outer(a, b=2):
    c = 3
    d = 4
    def inner(x, *args, y=0, **kw):
        z = x + a + c
        return z
    return inner

f = outer(1)
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_freevars, co.co_cellvars)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(co.co_firstlineno, outer.__code__.co_firstlineno)
print(co.co_nlocals, outer.__code__.co_nlocals)
print(type(co).__name__)
