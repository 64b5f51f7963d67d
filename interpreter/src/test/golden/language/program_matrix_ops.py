def transpose(m):
    return [list(row) for row in zip(*m)]

def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

a = [[1, 2], [3, 4]]
identity = [[1, 0], [0, 1]]
print(transpose(a), multiply(a, identity), multiply(a, a))
for row in multiply(a, [[2], [1]]):
    print(*row, sep="\t")
print(multiply([[1, 2, 3]], [[1], [2]]))
