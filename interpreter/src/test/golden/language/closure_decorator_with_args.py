def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bo"))
print(hello.__qualname__, hello.__code__.co_freevars)
print([c.cell_contents for c in hello.__closure__][1])
print(hello.__closure__[0].cell_contents.__name__)
