class Plain:
    pass

class OnlyStr:
    def __str__(self):
        return "only-str"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class BadRepr:
    def __repr__(self):
        return 42

p, s, r = Plain(), OnlyStr(), OnlyRepr()
print(repr(p).split(" at ")[0], str(s), repr(s).split(" at ")[0])
print(str(r), repr(r), [r, s][0], f"{r}", f"{r!r}", "%s|%r" % (r, r))
print([s][0] is s, str([s]).startswith("[<__main__.OnlyStr object"))
print({"k": r}, (r,), {r})
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3(2.5, None), [Point(0, 0)])
print(Point, Point3.__mro__, Point.__qualname__, Point.__module__)
print(type(Point), type(type), type(None), type(print), type(len).__name__)
print(repr(Point.__repr__).split(" at ")[0])
print(repr(Point(1, 2).__repr__).split(" at ")[0])
print(str(Point.__init__).split(" at ")[0])
def outer():
    class Local:
        pass
    return Local
L = outer()
print(L, L.__qualname__, repr(L()).split(" at ")[0])
print(object(), NotImplemented, Ellipsis, ...) if False else print(NotImplemented, Ellipsis)
