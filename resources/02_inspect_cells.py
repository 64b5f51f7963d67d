# Cells can be inspected: __closure__ is a tuple of cell objects,
# and each cell's cell_contents is the captured value.

def make_multiplier(factor):
    def multiply(x):
        return x * factor  # factor is a free variable of multiply
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

# The printed addresses match the cell nodes drawn in the diagram.
print(double.__closure__)
print(double.__code__.co_freevars)
print(double.__closure__[0].cell_contents)
print(triple.__closure__[0].cell_contents)

# Two calls of the factory made two different cells.
print(double.__closure__[0] is triple.__closure__[0])
