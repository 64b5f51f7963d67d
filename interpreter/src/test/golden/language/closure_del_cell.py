# Deleting a cell variable, then reading it from the inner function.
def make():
    value = 41
    def read():
        return value
    value += 1
    print(read())
    del value
    print(read.__closure__[0])
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = "back"
    print(read())
    return read

r = make()
print(r.__closure__[0].cell_contents)
c = r.__closure__[0]
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
c.cell_contents = [1, 2]
print(r())

def broken():
    def inner():
        return x
    del x
    x = 1
broken_result = None
try:
    broken()
except UnboundLocalError as e:
    print(e)

def reads_then_deletes():
    y = 5
    def g():
        nonlocal y
        del y
    g()
    return y
reads_then_deletes()
