class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

t = Temperature(100)
print(t.fahrenheit, t.celsius)
t.celsius = 0
print(t.fahrenheit, type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
t.fahrenheit = 5
