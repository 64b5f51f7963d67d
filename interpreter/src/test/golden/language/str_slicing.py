s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:1])
print(s[-1], s[0], len(s[3:3]))
xs = list(range(10))
print(xs[2:8:3], xs[::-3])
xs[1:4] = ["a"]
print(xs)
print(s[10])
