def ratio(a, b):
    return a // b

print(ratio(10, 3))
print(ratio(9, -2))
print(10 % 0)
