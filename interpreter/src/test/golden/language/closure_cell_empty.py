def outer():
    def inner():
        return late
    cell = inner.__closure__[0]
    print(cell)
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    late = "now bound"
    print(cell.cell_contents)
    return cell

c = outer()
del c.cell_contents
print(c.cell_contents)
