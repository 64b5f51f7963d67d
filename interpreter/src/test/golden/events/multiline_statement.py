x = (1 +
     2)
y = [
    x,
    x + 1,
]
print(x,
      y)
