lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args, **kw: args
lambda a, /, b, *, c=2: a
lambda *, k: k
f = lambda x: lambda y: x + y
lambda x=lambda: 1: x
