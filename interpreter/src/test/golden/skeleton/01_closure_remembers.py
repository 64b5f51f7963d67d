# A closure remembers: the inner function keeps a variable of the outer
# function alive after the outer call has finished.

def outer():
    message = "hello"      # captured by inner, so Python keeps it in a cell

    def inner():
        print(message)     # reads the cell, not a copy

    return inner


greet = outer()            # outer's frame is gone after this line...
greet()                    # ...yet inner still finds "hello"

# The function remembers where it was defined and what it captured.
print(greet.__name__)
print(greet.__qualname__)
print(greet.__closure__[0].cell_contents)
greet()                    # a second call reads the very same cell
