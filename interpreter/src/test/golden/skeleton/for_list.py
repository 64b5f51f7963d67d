names = ["ada", "alan", "grace"]
for name in names:
    print("hello", name)
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    print(row, row[0] + row[1])
count = 0
for x in [True, None, 0, "", "x"]:
    if x:
        count += 1
print(count)
print(name)
