found = []
for i in range(4):
    if i == 1:
        continue
    j = 0
    while j < 3:
        j += 1
        if (i + j) % 2:
            continue
        for k in "ab":
            if k == "b" and i > 2:
                continue
            found.append((i, j, k))
        else:
            found.append("end")
print(found)
