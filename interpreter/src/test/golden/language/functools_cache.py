from functools import cache

@cache
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(slow_square.cache_info())
@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10))
slow_square([1])
