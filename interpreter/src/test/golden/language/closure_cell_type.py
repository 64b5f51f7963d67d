import types

def outer():
    x = 1
    return lambda: x

cell = outer().__closure__[0]
print(type(cell), type(cell).__name__, isinstance(cell, types.CellType))
made = types.CellType(5)
print(made.cell_contents, types.CellType().__repr__().startswith("<cell at 0x"))
print(cell == cell, outer().__closure__[0] == outer().__closure__[0])
print(types.CellType(1) < types.CellType(2))
print(hash(cell) == hash(cell))
