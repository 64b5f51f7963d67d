def make_gen(limit):
    def below(n):
        return n < limit
    n = 0
    while below(n):
        yield n
        n += 1

g = make_gen(3)
print(list(g))
print(make_gen.__code__.co_cellvars, make_gen.__code__.co_varnames)
def gen_of_closures():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_of_closures()])
print([f() for f in list(gen_of_closures())])
