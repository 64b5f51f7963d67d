import functools

def bad_key(v):
    if v == 2:
        raise ValueError("bad " + str(v))
    return v

try:
    sorted([3, 2, 1], key=bad_key)
except ValueError as e:
    print("caught", e)

def boom(x):
    return 1 / x

try:
    list(map(boom, [1, 0]))
except ZeroDivisionError as e:
    print("caught", e)

@functools.lru_cache(maxsize=2)
def square(n):
    if n < 0:
        raise ValueError(n)
    return n * n

print(square(3), square(3))
try:
    square(-1)
except ValueError as e:
    print("caught", repr(e), square.cache_info())

def deco(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner

@deco
def divide(a, b):
    return a / b

print(divide(6, 3), divide.__name__)
print(max([1, 2], key=lambda v: boom(v - 1)))
