x = 10
del x
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(e)
print(x)
