class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

d = Date.from_string("2024-02-29")
e = EuroDate.from_string("2023-7-4")
print(d, e, repr(e), str(d))
print(Date.is_leap(2024), d.is_leap(1900), EuroDate.is_leap(2000))
print(type(Date.from_string).__name__, type(Date.is_leap).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__.__name__)
print(Date.__dict__["from_string"].__class__.__name__, Date.__dict__["is_leap"].__class__.__name__)
print(Date.from_string.__func__ is EuroDate.from_string.__func__)
try:
    Date.from_string("2024/1/1")
except ValueError as e:
    print("ValueError:", e)
try:
    Date.is_leap()
except TypeError as e:
    print(e)
try:
    Date.from_string()
except TypeError as e:
    print(e)
print(f"{e!s} {e!r}")
print([str(x) for x in (d, e)], [repr(x) for x in [d]])
