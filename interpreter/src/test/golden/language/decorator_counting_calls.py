def count_calls(func):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call #{calls} of {func.__name__}")
        return func(*args, **kwargs)
    wrapper.calls = lambda: calls
    return wrapper

@count_calls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4))
print(add.calls(), add.__closure__[0].cell_contents)
print(add.__code__.co_freevars)
