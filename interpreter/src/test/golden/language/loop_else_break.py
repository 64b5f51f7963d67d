def find(grid, target):
    for row in grid:
        for cell in row:
            if cell == target:
                break
        else:
            continue
        print("found in", row)
        break
    else:
        print("not found")


find([[1, 2], [3, 4]], 3)
find([[1, 2], [3, 4]], 9)

n = 0
while n < 5:
    n += 1
    if n == 7:
        break
else:
    print("while done", n)

while True:
    n -= 1
    if n < 3:
        break
print(n)
