words = ["banana", "Apple", "apple", "Banana", "_x", "10", "9"]
print(sorted(words))
print(min(words), max(words))
print("a" < "B", "a".lower() < "B".lower(), "Z" < "a", "10" < "9")
print([ord(c) for c in "Aa0_ "])
print("abc" == "abc", "ab" in "abc", "" in "abc")
print("apple" > "app", "app" < "apple", "b" > "abc")
