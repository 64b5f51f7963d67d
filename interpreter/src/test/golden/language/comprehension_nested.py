matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(a, b) for a in "xy" for b in range(2)])
print([y for y in [x * 2 for x in range(4)] if y > 2])
print(sum([len(w) for w in "a bb ccc".split()]))
print([v for v in undefined_list])
