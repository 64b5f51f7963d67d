def make():
    secret = "old"
    def reveal():
        return secret
    return reveal

f = make()
cell = f.__closure__[0]
print(cell.cell_contents, f())
cell.cell_contents = "new"
print(cell.cell_contents, f())
cell.cell_contents = [1, 2]
print(f(), cell)
del cell.cell_contents
print(f.__closure__[0])
f()
