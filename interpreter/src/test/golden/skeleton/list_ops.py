xs = [3, 1, 2]
print(xs, len(xs))
xs.append(7)
print(xs)
print(xs[0], xs[-1], xs[1] + xs[2])
xs[1] = "one"
print(xs)
print(xs + [8, 9])
print([0] * 3)
print([[]] * 2, [1, [2, [3]]])
ys = []
for i in range(3):
    ys.append(i * i)
print(ys, ys.pop(), ys)
print(xs[10])
