total = sum(n for n in range(3))
s = {c for c in "ab"}
d = {k: 0 for k in "x"}
print(total, sorted(s), d)
