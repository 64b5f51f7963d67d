# No closure, no cells: a function that only uses its parameters and
# globals captures nothing.

rate = 3                   # a global: looked up by name, never put in a cell


def scale(x):
    return x * rate


print(scale(4))
print(scale.__closure__)            # None
print(scale.__code__.co_freevars)   # ()

rate = 10                  # the function sees the new global value
print(scale(4))

# Functions made in a module-level loop capture nothing either:
# the loop variable is a global, so they all read its final value.
steps = []
for k in range(3):
    steps.append(lambda: k)
print([s() for s in steps], steps[0].__closure__)
