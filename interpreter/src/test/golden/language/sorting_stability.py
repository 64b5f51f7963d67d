records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
print(sorted([3, 1, 2], key=None), sorted([]), sorted("cba", reverse=True))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
print(sorted([1, 2], key=lambda v: v / 0))
