import functools

def tag(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return f"<{label}>{fn(*args, **kwargs)}</{label}>"
        wrapper.label = label
        return wrapper
    return deco

@tag("b")
@tag("i")
def greet(name, punct="!"):
    """Say hello."""
    return "hello " + name + punct

print(greet("ada"))
print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.label, greet.__wrapped__.label)
print(greet.__wrapped__.__wrapped__("bob", punct="?"))
inner = greet
while hasattr(inner, "__wrapped__"):
    inner = inner.__wrapped__
print(inner.__code__.co_varnames, inner.__defaults__)
print(greet.__wrapped__.__closure__ is not None)
print([c.cell_contents for c in greet.__closure__ if isinstance(c.cell_contents, str)])
print(sorted(k for k in greet.__dict__))

def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@plain
def add(a, b):
    return a + b
print(add.__name__, add.__qualname__)
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
print(repr(add).split(" at ")[0])
