import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(operator.mul, [], 1), functools.reduce(max, [3, 9, 2]))


def power(base, exponent=2, *, mod=None):
    result = base ** exponent
    return result % mod if mod else result


square = functools.partial(power, exponent=2)
cube_mod = functools.partial(power, exponent=3, mod=5)
two_to = functools.partial(power, 2)
print(square(4), cube_mod(3), two_to(10), two_to(exponent=3))
print(square.func.__name__, square.args, square.keywords, two_to.args)
print(repr(cube_mod).replace(hex(id(power)), "ADDR"))
print(functools.partial(max, 1, 2)(0), functools.partial(print, sep="|")("a", "b"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
functools.reduce(operator.add, 5)
