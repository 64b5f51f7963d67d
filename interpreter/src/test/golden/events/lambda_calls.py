square = lambda x: x * x
pairs = sorted([3, 1, 2], key=lambda v: -v)
print(square(3), pairs)
