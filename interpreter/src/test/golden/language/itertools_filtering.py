from itertools import takewhile, dropwhile, filterfalse, zip_longest, compress

nums = [1, 4, 6, 2, 8, 3]
print(list(takewhile(lambda n: n < 5, nums)))
print(list(dropwhile(lambda n: n < 5, nums)))
print(list(filterfalse(lambda n: n % 2, nums)))
print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda n: n > 100, nums)))
