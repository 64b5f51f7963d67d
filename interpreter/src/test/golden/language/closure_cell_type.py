def outer():
    x = 1
    return lambda: x

cell = outer().__closure__[0]
print(type(cell), type(cell).__name__)
other = outer().__closure__[0]
print(cell == cell, cell == other, cell is other)
print(cell.cell_contents == other.cell_contents)
print(cell < other or other < cell or cell == other)
print(hash(cell) == hash(cell))
