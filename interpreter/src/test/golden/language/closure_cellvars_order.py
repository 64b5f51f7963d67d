def f(zeta, alpha, mid):
    omega = 1
    beta = 2
    plain = 3
    def g():
        return zeta + alpha + omega + beta + mid
    return g

print(f.__code__.co_cellvars)
g = f(1, 2, 3)
print(g.__code__.co_freevars)
print([c.cell_contents for c in g.__closure__])
def h(b, a):
    def k():
        return a, b
    return k
print(h.__code__.co_cellvars, h(1, 2).__code__.co_freevars)
