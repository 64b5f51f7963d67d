a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a - b * 10 ** 5)
print(divmod(a, -b))
print(a.bit_length(), (-a) ** 3)
print(abs(-a) == a, a > b, -a < -b)
