values = [0, -1, 10 ** 20, 0.5, -1.25, 1e-10, 1e100, 123.456, "s", "", True, None]
for v in values:
    print(repr(v), str(v), type(v).__name__)
print(str(1.0e16), str(9999999999999998.0), str(0.000123))
print(repr(1.1 * 3), 2.675 * 100)
