def plain():
    pass

def outer():
    def inner():
        pass
    return inner

print(plain)
print(outer())
print(lambda: 1)
print([plain])
fs = [lambda: 0 for k in range(1)]
print(fs[0])
