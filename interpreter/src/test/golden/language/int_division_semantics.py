for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3)
print(0 // 5, 0 % 5, 5 % 5)
print(int(7 / 2), round(7 / 2), 7 >> 1)
print(1 // 0.0)
