# Factories: one function builds many customised functions.
# Each call of make_greeting creates a new cell for prefix.

def make_greeting(prefix):
    def greet(name):
        return f"{prefix}, {name}!"
    return greet


hello = make_greeting("Hello")
hey = make_greeting("Hey")

print(hello("Ada"))
print(hey("Ada"))

# Same code, different cells: the two closures never share a prefix.
print(hello.__code__ is hey.__code__)
print(hello.__closure__[0].cell_contents, "/", hey.__closure__[0].cell_contents)
print(hello.__closure__[0] is hey.__closure__[0])
