def check(x):
    if x == 2:
        raise ValueError(x)
    return x

try:
    [check(i) for i in range(3)]
except ValueError:
    print("bad item")
