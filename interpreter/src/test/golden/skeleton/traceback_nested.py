def a(n):
    return b(n - 1)

def b(n):
    return c(n * 2)

def c(n):
    return 100 // n

print(a(5))
print(a(1))
