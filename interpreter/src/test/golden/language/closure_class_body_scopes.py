def make_class(prefix):
    tag = prefix.upper()
    class Greeter:
        label = tag + "!"
        items = [tag + str(i) for i in range(2)]
        def greet(self, who):
            return f"{tag}: {who}"
        @classmethod
        def make(cls):
            return cls()
    return Greeter

G = make_class("hi")
print(G.label, G.items, G().greet("bob"), type(G.make()).__qualname__)
print(G.greet.__code__.co_freevars, G.greet.__closure__[0].cell_contents)

x = "module"
class Shadow:
    x = "class"
    y = [x for _ in range(1)]
    def method(self):
        return x
print(Shadow.y, Shadow().method())

def counter_factory():
    counts = {}
    def counted(fn):
        def inner(*a):
            counts[fn.__name__] = counts.get(fn.__name__, 0) + 1
            return fn(*a)
        return inner
    return counted, counts
counted, counts = counter_factory()
@counted
def sq(v):
    return v * v
@counted
def neg(v):
    return -v
print([sq(i) for i in range(3)], neg(4), counts)
print(sq.__qualname__, sq.__closure__[0].cell_contents.__name__)
try:
    sq(1, 2)
except TypeError as e:
    print(e)
def outer():
    def helper(a, b=2, *, c):
        return a + b + c
    return helper
h = outer()
for args, kwargs in [((1,), {}), ((), {"c": 1}), ((1, 2, 3), {"c": 1}), ((1,), {"c": 1, "d": 2}), ((1,), {"a": 1, "c": 2})]:
    try:
        h(*args, **kwargs)
    except TypeError as e:
        print(e)
