word = "closure"
for ch in word:
    print(ch, end=" ")
print()
print([c.upper() for c in word if c in "aeiou"])
print(list(enumerate("ab")), "".join(reversed(word)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(set("mississippi")))
print(word[100])
