def build():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return fs

print([f() for f in build()])
def build_fixed():
    fs = []
    i = 0
    while i < 3:
        fs.append((lambda j: lambda: j)(i))
        i += 1
    return fs
print([f() for f in build_fixed()])
