for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5678, -2))
print(round(1234, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 0))
print(round(2.675, 2), round(-0.5), round(1e20), round(5.0), type(round(5.0, 0)))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
round(float("nan"))
