square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7))
print(add(1), add(1, 2))
print((lambda: "no args")())
print(square.__name__)
print(square.__qualname__)
apply = lambda f, v: f(v)
print(apply(square, 12))
print(apply(lambda s: s + s, "ab"))
