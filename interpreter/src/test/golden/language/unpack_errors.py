a, b = 1, 2
print(a, b)
a, *b = [9]
print(a, b)
try:
    x, y = [1]
except ValueError as e:
    print(e)
try:
    x, y, *z = "a"
except ValueError as e:
    print(e)
p, q = 5
