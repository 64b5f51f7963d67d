import functools

def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper

def wrapped(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper

@plain
def one():
    "one's doc"
@wrapped
def two():
    "two's doc"
print(one.__name__, one.__doc__, one.__qualname__)
print(two.__name__, two.__doc__, two.__qualname__, two.__wrapped__.__name__)
print(two.__dict__.keys())
