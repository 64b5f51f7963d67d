xs = [i * 2 for i in range(3)]
ys = [x for x in xs
      if x > 0]
print(xs, ys)
