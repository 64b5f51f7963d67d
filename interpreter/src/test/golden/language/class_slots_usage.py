class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__, p.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e, e.name)
print(hasattr(p, "__dict__"), hasattr(Point, "__weakref__"))
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e, e.name)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x, type(Point.x).__name__, Point.__dict__["y"])
print([n for n in dir(p) if not n.startswith("__")])

class Point3(Point):
    __slots__ = "z"
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.z, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Point):
    pass
l = Loose(5, 6)
l.extra = "ok"
print(l.extra, l.x, hasattr(l, "__dict__"))

for slots in [(1,), ["a", "b"], ("__dict__",)]:
    try:
        class S:
            __slots__ = slots
            a = 1
        print("made", S.__slots__, hasattr(S(), "__dict__"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Empty:
    __slots__ = ()
Empty().anything = 1
