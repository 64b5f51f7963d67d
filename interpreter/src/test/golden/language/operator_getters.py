import operator

rows = [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]
by_age = operator.itemgetter("age")
print(sorted(rows, key=by_age), by_age)
pick = operator.itemgetter(0, 2)
print(pick("abc"), pick([1, 2, 3]), pick)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.origin = None

    def scaled(self, k, offset=0):
        return Point(self.x * k + offset, self.y * k + offset)


p = Point(1, 2)
get_xy = operator.attrgetter("x", "y")
print(get_xy(p), operator.attrgetter("x"), get_xy)
scale = operator.methodcaller("scaled", 3, offset=1)
print(scale, get_xy(scale(p)))
print(operator.methodcaller("upper")("hi"), operator.add(2, 3), operator.neg(4), operator.not_(0))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.contains([1], 1), operator.truediv(1, 4))
try:
    operator.itemgetter("missing")(rows[0])
except KeyError as e:
    print("KeyError", e)
operator.attrgetter("z")(p)
