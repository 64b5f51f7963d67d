funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs], funcs[0].__closure__)
i = 99
print([f() for f in funcs])
def module_fn():
    return i
print(module_fn.__closure__, module_fn.__code__.co_freevars, module_fn.__code__.co_names)
print([g() for g in [lambda: j for j in range(2)]])
