base = 10
f = lambda x, y=(base +
                 1): x + y
print(f(1))
