class Shape:
    sides = 0
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    def describe(self):
        base = super().describe()
        return base + " (regular)"


print(Shape.registry, [s().describe() for s in (Triangle, Square)])
t = Triangle()
t.sides = 30
print(t.describe(), Triangle.sides, vars(t))
del t.sides
print(t.describe())
