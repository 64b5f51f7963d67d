def build():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs

fs = build()
print([f() for f in fs])
print(fs[0].__closure__[0].cell_contents)
print(fs[0].__closure__[0] is fs[1].__closure__[0])

def build_fixed():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return fs

print([f() for f in build_fixed()])
