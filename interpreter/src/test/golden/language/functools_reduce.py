from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0))
reduce(operator.add, [])
