def f(a, *, key):
    pass

def g(a, b=1, *args, c, d, **kw):
    pass

for call in [lambda: f(1), lambda: f(1, 2), lambda: g(1), lambda: g(1, c=1),
             lambda: f(1, key=1, key2=2), lambda: f(a=1, key=2, b=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(len())
