def a(xs):
    for x in xs:
        s = "a%s" % (x,)
    return s
def b(x):
    "doc"
    return "b%s" % (x,)
def c(x):
    return "c%s" % (x,) + "!"
def d(x):
    return ("d%s" % (x,), 1)
def e(x):
    return "%s" % (x,)
def g(x):
    while x:
        x = "g%s" % (x,) if x == 1 else 0
    return x
def h(x):
    try:
        return "h%s" % (x,)
    finally:
        pass
def k(x):
    y = "k%s" % (x,)
    return y
a([1, 2])
b(1)
c(1)
d(1)
e(1)
g(1)
h(1)
k(1)
lam = lambda x: "l%s" % (x,)
lam(1)
class Q:
    z = "q%s" % (1 + 1,)
def deco(fn):
    return fn
@deco
def dd(x):
    return "dd%5.2r" % (x,)
dd(1)
def ee(x):
    return "%%e%s" % (x,)
ee(1)
def ff(x):
    return "f%100s" % (x,)
ff(1)
def gg(x):
    return "g%d" % (x,)
gg(1)
def hh(x):
    return ["h%s" % (x,)][0].upper()
hh(1)
def ii(x):
    z = x
    return z
ii(1)
