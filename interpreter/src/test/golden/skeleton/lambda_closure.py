def multiplier(k):
    return lambda x: x * k

triple = multiplier(3)
print(triple(4))
print(triple.__qualname__)
print(triple.__closure__[0].cell_contents)
ops = [multiplier(k) for k in range(1, 4)]
print([f(10) for f in ops])
