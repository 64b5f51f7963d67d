total = 0
for i in range(4):
    if i % 2:
        continue
    total += i
print(total)
