class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()

b = Bottom()
print(b.trail)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello(), super(Right, b).hello())
print(Bottom.__bases__, Left.__base__ if hasattr(Left, "__base__") else None)
print(isinstance(b, Right), issubclass(Bottom, Base), issubclass(Left, Right))

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.size()}"
class Sized:
    def size(self):
        return 3
class Thing(Mixin, Sized):
    pass
print(Thing().describe())
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
