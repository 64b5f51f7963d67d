n = 0
while True:
    n += 1
    if n == 2:
        break
print(n)
