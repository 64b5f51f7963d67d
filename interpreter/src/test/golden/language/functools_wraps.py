import functools

def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("->", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@traced
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(1, 2))
print(add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(5, 5), add.__wrapped__.__qualname__)
def bare(func):
    def wrapper():
        return func()
    return wrapper
@bare
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hasattr(hello, "__wrapped__"))
