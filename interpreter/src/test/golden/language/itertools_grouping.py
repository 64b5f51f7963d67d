import itertools

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")])
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([5, 3, 8, 1], max)), list(itertools.accumulate([])))
print(list(itertools.chain.from_iterable([[1, 2], "ab", (3,)])), list(itertools.chain("x", [1])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest([1, 2], "x")))
print(list(itertools.islice(range(20), 2, 12, 3)), list(itertools.islice("abcdef", 3)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)), list(itertools.islice(itertools.count(), 3)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("z", 3)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
try:
    itertools.islice(range(5), -1)
except ValueError as e:
    print(e)
