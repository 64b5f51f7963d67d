registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@register
@with_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

@register
class Empty:
    pass

print(sorted(registry))
print(Point(1, "two"))
print(registry["Point"] is Point)
print(Point.__repr__.__qualname__)
print(repr(Empty()).split(" at ")[0])

def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        print("creating", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)
