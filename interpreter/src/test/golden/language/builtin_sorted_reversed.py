words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}))
records = [("bob", 3), ("amy", 3), ("cat", 1)]
print(sorted(records, key=lambda r: r[1]))
xs = [5, 2, 8]
xs.sort()
print(xs, list(reversed(xs)), list(reversed("abc")), list(reversed(range(3))))
print(sorted([1, "a"]))
