f = lambda *args, **kw: (args, kw)
print(f(1, 2, a=3))
g = lambda x, /, y=2, *, z=3: x + y + z
print(g(1), g(1, z=10), g(1, 1, z=1))
h = lambda: (yield)
print(type(h()).__name__)
nested = lambda x: lambda y: x + y
print(nested(1)(2), nested(1).__qualname__)
print((lambda: None)() is None)
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))
k = lambda: undefined_in_lambda
k()
