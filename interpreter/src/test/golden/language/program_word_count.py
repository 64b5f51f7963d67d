text = """the closure keeps the cell
and the cell keeps the value
the value outlives the frame"""

counts = {}
for line in text.splitlines():
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:4]:
    print(f"{word:<8}{n:>3}")
print(len(counts), "distinct words;", sum(counts.values()), "in all")
print(max(counts, key=counts.get), min(counts, key=len))
