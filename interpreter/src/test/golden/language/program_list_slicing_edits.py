xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[::3] = [0, 0, 0]
print(xs)
del xs[::2]
print(xs)
xs[len(xs):] = [98, 99]
print(xs, xs[-2:], xs[:-8])
ys = xs[:]
ys.reverse()
print(ys[::-1] == xs, xs.index(99))
xs[::2] = [1]
