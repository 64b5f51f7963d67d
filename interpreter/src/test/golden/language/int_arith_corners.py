print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5))
print(-7.0 // 2, -7.0 % 2, 7.5 % -2, -0.0 % 5)
print(2 ** -1, 2 ** 100, (-2) ** 3, -2 ** 2, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(10 ** 20 // 3, 10 ** 20 / 3, 7 / 7, type(7 / 7))
print(int("  -42  "), int("1_000"), int("ff", 16), int("0x1F", 0), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), float("  1e3 "), float("-inf"), float("1_0.5"))
print(hex(-255), oct(8), bin(-5), hex(2 ** 70))
print(abs(-0.0), abs(-10 ** 30), 10 ** 30 - 10 ** 30 + 1)
print(1 << 70, (1 << 70) >> 68, -1 >> 5, ~0, ~-1, -8 & 0xFF, 6 ^ 3, 6 | 9)
print(True + True, True * 3, False ** 0, -True, ~True)
big = 3 ** 200
print(len(str(big)), big % 1000, big.bit_length())
print(12345678901234567890 * 98765432109876543210)
print((2 ** 64).to_bytes if False else (255).bit_length(), (-1).bit_length())
for bad in ["12a", "", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10)
print(float(10 ** 20), float(2 ** 53 + 1), 2 ** 53 + 1.0)
