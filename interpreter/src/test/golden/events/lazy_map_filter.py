def inc(x):
    return x + 1

def odd(x):
    return x % 2

m = map(inc, [1, 2])
print("map made")
f = filter(odd, m)
print(list(f))
print(max([3, 1, 2], key=lambda v: -v))
