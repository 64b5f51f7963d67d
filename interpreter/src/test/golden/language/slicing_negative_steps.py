s = "abcdefghij"
nums = list(range(10))
for sl in [(None, None, -1), (8, 2, -2), (-1, -5, -1), (2, 8, -1), (None, 3, -3), (100, None, -4), (-100, 5, 1), (3, -3, None)]:
    a, b, c = sl
    print(sl, s[a:b:c], nums[a:b:c], tuple(nums)[slice(a, b, c)])
print(s[::-1][::2], s[-3:], s[:-3], s[5:2], s[-1:-1])
print(range(10)[::-2], range(10)[2:8:3], range(0, 20, 5)[-1], range(5)[::-1][0])
print(slice(1, 5, 2), slice(3), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
lst = nums[:]
lst[::2] = ["x"] * 5
print(lst)
lst[1:3] = []
print(lst)
lst[2:2] = ["in", "serted"]
print(lst)
del lst[::3]
print(lst)
lst = list(range(6))
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    nums["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    nums[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
