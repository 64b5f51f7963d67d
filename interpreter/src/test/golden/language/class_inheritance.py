class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2

class Cube(Square):
    def area(self):
        return 6 * super().area()

for s in [Shape("blob"), Square(3), Cube(2)]:
    print(s.describe())
print(Cube.__mro__)
print(Cube.__bases__, issubclass(Cube, Shape), isinstance(Cube(1), Square))
