n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 4
print(n)
n **= 3
print(n)
s = "ab"
s *= 3
print(s)
xs = [1]
ys = xs
xs += [2, 3]
print(xs, ys)
