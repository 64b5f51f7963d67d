def make_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_pair()
print(inc.__closure__[0] is get.__closure__[0])
print(type(inc.__closure__), len(inc.__closure__))
inc(); inc()
print(get(), get.__closure__[0].cell_contents)
get.__closure__[0].cell_contents = 40
print(inc(), get())
del inc.__closure__[0].cell_contents
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(get.__closure__[0].cell_contents)
except ValueError as e:
    print("ValueError:", e)
print(repr(get.__closure__[0]).split(" at ")[0])
inc2, get2 = make_pair()
print(inc2.__closure__[0] is inc.__closure__[0])
print(inc2(), get2(), inc.__code__ is inc2.__code__)
print(inc.__code__.co_freevars, make_pair.__code__.co_cellvars)
print(inc.__code__.co_varnames, get.__code__.co_varnames)
