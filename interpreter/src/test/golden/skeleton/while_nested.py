row = 1
while row <= 3:
    col = 1
    while col <= row:
        print(row * col, end=" ")
        col += 1
    print()
    row += 1
print(row, col)
