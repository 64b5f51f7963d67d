def make_averager():
    series = []
    def averager(value):
        series.append(value)
        return sum(series) / len(series)
    return averager

class Averager:
    def __init__(self):
        self.series = []
    def __call__(self, value):
        self.series.append(value)
        return sum(self.series) / len(self.series)

a = make_averager()
b = Averager()
for v in (10, 11, 12):
    print(a(v), b(v))
print(callable(a), callable(b), callable(Averager), callable(3))
print(repr(a).split(" at ")[0])
print(repr(b).split(" at ")[0])
print(vars(b))
print(a.__code__.co_freevars, a.__closure__[0].cell_contents)
print(type(a).__name__, type(b).__name__)
print(hasattr(a, "__call__"), hasattr(b, "series"), hasattr(a, "series"))
a.series = "attr"
print(vars(a), a(13))
try:
    vars(3)
except TypeError as e:
    print(e)
try:
    b()
except TypeError as e:
    print(e)
try:
    a()
except TypeError as e:
    print(e)
b.__call__ = lambda v: "instance attr"
print(b(1))
