i = 0
while i < 2:
    i += 1
print(i)
