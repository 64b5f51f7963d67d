n = 10 ** 4299
s = str(n)
print(len(s), s[:3], s[-3:])
print(len(str(10 ** 4299 - 1)))
m = int("9" * 4300)
print(m % 1000)
big = 10 ** 4300
print(big.bit_length())
print(str(big))
