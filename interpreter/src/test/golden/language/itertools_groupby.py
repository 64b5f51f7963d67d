from itertools import groupby

data = "aaabccdaa"
print([(k, len(list(g))) for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
print(list(groupby([])))
