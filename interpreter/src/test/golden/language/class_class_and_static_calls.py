class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def describe():
        return "a shape"

class Circle(Shape):
    pass

Circle.make(); Shape.make(); Circle()
print(Shape.created(), Circle.created(), Circle.describe(), Circle().describe())
print(type(Circle.make()).__name__, Shape.count)
