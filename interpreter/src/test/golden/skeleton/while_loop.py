i = 0
while i < 5:
    print("i =", i)
    i += 1
print("done at", i)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps:", steps)
