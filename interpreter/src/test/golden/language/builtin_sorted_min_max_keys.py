words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=len))
print(min([], default="none"), max([], key=len, default=0))
print(min(3, 1, 2), max("a", "B", key=str.lower))
print(max([(1, "b"), (1, "a")]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]),
            lambda: min([1], [2], default=0), lambda: sorted([1, 2], key=len)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
