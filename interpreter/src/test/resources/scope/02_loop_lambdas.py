funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

def make():
    fs = []
    for j in range(3):
        fs.append(lambda j=j: j)
    return fs
