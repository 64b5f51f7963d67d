def outer():
    v = 0
    def get():
        return v
    def bump():
        nonlocal v
        v += 1
    return get, bump

g1, b1 = outer()
g2, b2 = outer()
b1(); b1(); b2()
print(g1(), g2())
print(g1.__closure__[0] is b1.__closure__[0], g1.__closure__[0] is g2.__closure__[0])
print(g1.__code__ is g2.__code__, g1 is g2, g1 == g2)
