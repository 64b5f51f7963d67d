from functools import partial

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.func is power, square.args, square.keywords, two_to.args)
p = partial(print, sep="-")
p("a", "b", "c")
nested = partial(partial(power, 3), 3)
print(nested())
two_to(1, 2)
