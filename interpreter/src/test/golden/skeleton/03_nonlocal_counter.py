# nonlocal lets an inner function assign to the outer function's variable.
# Every call of the counter updates one shared cell.

def make_counter():
    count = 0              # lives in a cell because counter uses it

    def counter():
        nonlocal count     # assign to the enclosing count, not a new local
        count += 1
        return count

    return counter


c = make_counter()
print(c())                 # 1
print(c())                 # 2
print(c())                 # 3

# A second counter gets a fresh cell: the two never share a count.
other = make_counter()
print(other(), c())        # 1 4
print(c.__closure__[0].cell_contents)
