a = 1
print(a)
print(b)
