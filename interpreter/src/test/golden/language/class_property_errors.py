class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
print(Temp.celsius.fget.__qualname__)

class Lazy:
    @property
    def broken(self):
        return self.missing_attr
try:
    Lazy().broken
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Counter):
    pass
print(Counter.increment(), Sub.increment(), Sub.increment(), Counter.count, Sub.count)
print(Counter().helper(4), Sub.helper(5))
print(repr(Counter.increment).split(" at ")[0])
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["increment"]).__name__)
try:
    Counter.helper()
except TypeError as e:
    print("TypeError:", e)
try:
    Temp()
except TypeError as e:
    print("TypeError:", e)
try:
    t.celsius(5)
except TypeError as e:
    print("TypeError:", e)
