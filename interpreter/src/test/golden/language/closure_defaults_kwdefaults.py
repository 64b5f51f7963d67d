def f(a, b=1, c="two", *, d=3.0, e):
    pass

print(f.__defaults__, f.__kwdefaults__)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f.__defaults__)
def h(x=[]):
    x.append(len(x))
    return x
h(); h()
print(h.__defaults__)
lam = lambda p, q=5: p + q
print(lam.__defaults__, lam(1))
