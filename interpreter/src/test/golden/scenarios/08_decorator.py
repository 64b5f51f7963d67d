# Decorators are closures: wrapper captures the function it wraps.

def log_calls(func):
    def wrapper(*args, **kwargs):
        print(f"Calling {func.__name__}")   # func comes from the closure cell
        return func(*args, **kwargs)
    return wrapper


@log_calls                 # the same as: greet = log_calls(greet)
def greet(name, punctuation="!"):
    return "Hi " + name + punctuation


print(greet("Grace"))
print(greet("Linus", punctuation="?"))

# The global name greet now points at wrapper; the original is in the cell.
print(greet.__name__)
print(greet.__closure__[0].cell_contents.__name__)
