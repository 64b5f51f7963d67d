"""A module's docstring becomes its __doc__."""

counter = 0


def show_scope():
    local_name = "inside"
    print("locals:", sorted(locals()))
    print("global names:", [n for n in sorted(globals()) if not n.startswith("__")])


print(__doc__)
print(__name__, __package__, __spec__, __cached__, __annotations__)
print(sorted(dir()))
show_scope()
print(__builtins__, __builtins__.len("abc"), __builtins__.max is max)
print("__doc__" in globals(), "__file__" in globals())
