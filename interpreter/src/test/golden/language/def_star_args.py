def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
args = [4, 5, 6]
print(total(*args), total(0, *args, 7), head_tail(*"xyz"))
head_tail()
