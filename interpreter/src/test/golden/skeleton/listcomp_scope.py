x = "global x"
values = [x for x in range(3)]
print(values)
print(x)

def inside():
    y = 10
    return [y + k for k in range(3)]

print(inside())
print([x for k in range(2)])
k = "module k"
funcs = [lambda: k for k in range(2)]
print(funcs[0](), k)
