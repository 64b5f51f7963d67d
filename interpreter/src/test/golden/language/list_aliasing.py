a = [1, 2]
b = a
c = a[:]
b.append(3)
print(a, b, c)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
print(mutate(a), a)
