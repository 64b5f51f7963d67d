nums = [3, 1, 4, 1, 5]
print(nums.index(1), nums.index(1, 2), nums.count(1))
nums.remove(1)
print(nums, nums.pop(), nums.pop(0), nums)
nums.insert(-1, 9)
nums.insert(100, 7)
print(nums)
for action in [lambda: nums.index(42), lambda: nums.remove(42), lambda: [].pop(),
               lambda: nums.pop(10), lambda: nums.index(4, 0, 1), lambda: ["a"].index("b"),
               lambda: nums.sort(key=1), lambda: [1, "a"].sort(), lambda: nums[1.5]]:
    try:
        action()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
t = (1, 2)
t.index(3)
