class Point:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @staticmethod
    def origin():
        return Point(0)

p = Point.origin()
print(p.double)
